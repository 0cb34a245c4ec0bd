import { useEffect, useState } from 'react';
import { SearchRegionsQuery } from '../api/operations/map';
import { useQuery } from '../api/use-operation';
import { useTexts } from '../i18n';
import { Names } from './Names';

const TYPING_PAUSE_MS = 200;

/** Finds a region by its Chinese or English name (the registry's full-text index). */
export function RegionPicker({ onPick }: { onPick(regionId: string): void }) {
  const { label } = useTexts();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearched(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useQuery(SearchRegionsQuery, searched ? { text: searched } : null);
  const regions = results.data?.searchRegions ?? [];

  return (
    <div className="region-picker">
      <label htmlFor="region-search">{label.searchRegion}</label>
      <input
        id="region-search"
        type="search"
        value={text}
        placeholder={label.searchPlaceholder}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
      />
      {searched && !results.loading && results.data && regions.length === 0 && <p className="note">{label.noRegions}</p>}
      {regions.length > 0 && (
        <ul className="region-options" aria-label={label.searchRegion}>
          {regions.map((region) => (
            <li key={region.id}>
              <button
                type="button"
                data-testid="region-option"
                onClick={() => {
                  onPick(region.id);
                  setText('');
                  setSearched('');
                }}
              >
                <Names named={region} />
                {region.parent && (
                  <span className="region-parent">
                    {' · '}
                    <Names named={region.parent} />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
