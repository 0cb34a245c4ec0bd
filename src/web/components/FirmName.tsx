import { useTexts } from '../i18n';
import { Names } from './Names';
import { useOpenFirm } from './open-firm';

/** A firm's name that opens its profile: every page shows firms through this. */
export function FirmName({ firm }: { firm: { id: string; name: string; nameZh?: string | null } }) {
  const openFirm = useOpenFirm();
  const { label } = useTexts();
  return (
    <button
      type="button"
      className="link-button firm-name"
      data-testid="firm-name"
      title={label.openFirm}
      onClick={(event) => {
        event.stopPropagation();
        openFirm(firm.id);
      }}
    >
      <Names named={firm} />
    </button>
  );
}
