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
