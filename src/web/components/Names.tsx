import { namesOf, useTexts } from '../i18n';

/** A name in the page's language, with the other language's name beside it when the data has both. */
export function Names({ named }: { named: { name: string; nameZh?: string | null } }) {
  const { language } = useTexts();
  const { primary, secondary } = namesOf(named, language);
  return (
    <>
      <span className="name">{primary}</span>
      {secondary && <span className="name-secondary"> {secondary}</span>}
    </>
  );
}

/** A region's name as a view's title, with the region it belongs to beside it. */
export function RegionTitle({
  region,
}: {
  region: { name: string; nameZh?: string | null; parent?: { name: string; nameZh?: string | null } | null };
}) {
  return (
    <>
      <h2 data-testid="region-name">
        <Names named={region} />
      </h2>
      {region.parent && (
        <span className="region-parent">
          <Names named={region.parent} />
        </span>
      )}
    </>
  );
}
