/**
 * A firm's registration status (登记状态) as the market-regulation registry and the enterprise-information platforms
 * write it. Only an ACTIVE firm exists for the analyses (docs/domain.md, "Registration status"): a firm suspended,
 * in liquidation, moved out, revoked or deregistered keeps its record and history, and counts nowhere.
 */
export const REGISTRATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'LIQUIDATING', 'MOVED_OUT', 'REVOKED', 'DEREGISTERED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * The words of the exports, by the status they mean. Checked in this order: 吊销 before 注销 (a firm "吊销，已注销"
 * was revoked), and the plain words last.
 */
const STATUS_WORDS: readonly [RegistrationStatus, RegExp][] = [
  ['REVOKED', /吊销/],
  ['DEREGISTERED', /注销|撤销/],
  ['LIQUIDATING', /清算/],
  ['MOVED_OUT', /迁出|迁往|迁移/],
  ['SUSPENDED', /停业|歇业/],
  ['ACTIVE', /存续|在业|在营|开业|在册|正常|登记成立|确立/],
];

/** The status a registry cell names (Chinese, or the enum's own English word), or undefined when it names none. */
export function registrationStatusOf(text: string): RegistrationStatus | undefined {
  const cell = text.trim();
  const english = cell.toUpperCase().replace(/[\s-]+/g, '_');
  if ((REGISTRATION_STATUSES as readonly string[]).includes(english)) return english as RegistrationStatus;
  return STATUS_WORDS.find(([, words]) => words.test(cell))?.[0];
}

export const isActive = (status: RegistrationStatus | null | undefined): boolean => (status ?? 'ACTIVE') === 'ACTIVE';
