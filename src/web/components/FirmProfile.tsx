import { FirmProfileQuery, FirmProjectsQuery } from '../api/operations/briefs';
import { useApiSession } from '../api/session-context';
import { useQuery } from '../api/use-operation';
import { yuan } from '../../domain/readable-numbers';
import type { FirmProfileQuery as FirmProfileData } from '../generated/graphql';
import { nameOf, useTexts } from '../i18n';
import { FirmName } from './FirmName';
import { Names } from './Names';
import { ProblemNote } from './ProblemBanner';

type Firm = NonNullable<FirmProfileData['enterprise']>;

/**
 * One firm as a recruiter reads it before a visit: where it is, what it makes, which chain links it is in and why,
 * whom it buys from and sells to, and the projects courting it (for a planner).
 */
export function FirmProfile({ enterpriseId, onClose }: { enterpriseId: string; onClose(): void }) {
  const { label } = useTexts();
  const profile = useQuery(FirmProfileQuery, { id: enterpriseId });
  const firm = profile.data?.enterprise;
  return (
    <aside className="drawer drawer-firm" role="dialog" aria-modal="false" aria-labelledby="firm-title" data-testid="firm-profile">
      <header className="drawer-header">
        <h3 id="firm-title">{firm ? <Names named={firm} /> : label.loading}</h3>
        <button type="button" className="quiet" onClick={onClose} data-testid="close-firm">
          {label.close}
        </button>
      </header>
      <ProblemNote problem={profile.error} />
      {profile.data && !firm && <p className="note">{label.firmProfile}: —</p>}
      {firm && <FirmFacts firm={firm} />}
    </aside>
  );
}

function FirmFacts({ firm }: { firm: Firm }) {
  const { label, language, assignmentBasis } = useTexts();
  const place = [
    firm.park && nameOf(firm.park, language),
    nameOf(firm.region, language),
    firm.region.parent && nameOf(firm.region.parent, language),
  ]
    .filter(Boolean)
    .join(language === 'zh' ? '，' : ', ');
  return (
    <div className="drawer-body firm-facts-body">
      <p className="badges">
        {firm.leading && <span className="badge badge-strong">{label.leadingFirm}</span>}
        {firm.listed && <span className="badge">{label.listedCompany}</span>}
      </p>
      <dl className="facts" data-testid="firm-facts">
        <dt>{label.locatedIn}</dt>
        <dd>{place}</dd>
        <dt>{label.creditCode}</dt>
        <dd>{firm.creditCode}</dd>
        <dt>{label.revenue}</dt>
        <dd data-testid="firm-revenue">{yuan(firm.revenue, language)}</dd>
        <dt>{label.employees}</dt>
        <dd>
          {firm.employees === null || firm.employees === undefined
            ? '—'
            : `${firm.employees.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US')} ${label.people}`}
        </dd>
        {firm.industryCode && (
          <>
            <dt>{label.industryCode}</dt>
            <dd>{firm.industryCode}</dd>
          </>
        )}
        {firm.mainProducts && (
          <>
            <dt>{label.mainProducts}</dt>
            <dd>{firm.mainProducts}</dd>
          </>
        )}
        {firm.businessScope && (
          <>
            <dt>{label.businessScope}</dt>
            <dd className="scope">{firm.businessScope}</dd>
          </>
        )}
      </dl>

      <section>
        <h4>{label.firmLinks}</h4>
        {firm.linkAssignments.length === 0 && <p className="note">{label.noFirmLinks}</p>}
        <ul className="firm-links" data-testid="firm-links">
          {firm.linkAssignments.map((assignment) => (
            <li key={assignment.link.id}>
              <Names named={assignment.link.chain} /> · <Names named={assignment.link} />
              <span className="note">
                {' '}
                — {assignmentBasis[assignment.basis]}
                {assignment.evidence ? `: ${assignment.evidence}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <SupplySection
        title={label.suppliersOfFirm}
        testId="firm-suppliers"
        rows={firm.suppliers.map((supply) => ({ firm: supply.supplier, link: supply.link, annualValue: supply.annualValue }))}
      />
      <SupplySection
        title={label.customersOfFirm}
        testId="firm-customers"
        rows={firm.customers.map((supply) => ({ firm: supply.customer, link: supply.link, annualValue: supply.annualValue }))}
      />
      <FirmProjects enterpriseId={firm.id} />
    </div>
  );
}

interface SupplyRow {
  firm: { id: string; name: string; nameZh?: string | null; region: { name: string; nameZh?: string | null } };
  link: { name: string; nameZh?: string | null };
  annualValue: number;
}

function SupplySection({ title, testId, rows }: { title: string; testId: string; rows: SupplyRow[] }) {
  const { label, language } = useTexts();
  return (
    <section>
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p className="note">{label.noSupplies}</p>
      ) : (
        <ul className="supplies" data-testid={testId}>
          {rows.map((row, index) => (
            <li key={`${row.firm.id}-${index}`}>
              <FirmName firm={row.firm} /> <span className="note">({nameOf(row.firm.region, language)})</span> · <Names named={row.link} />{' '}
              · <strong>{yuan(row.annualValue, language)}</strong> {label.perYear}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FirmProjects({ enterpriseId }: { enterpriseId: string }) {
  const { token } = useApiSession();
  const { label, projectStatus, language } = useTexts();
  const projects = useQuery(FirmProjectsQuery, token ? { id: enterpriseId } : null);
  return (
    <section data-testid="firm-projects">
      <h4>{label.firmProjects}</h4>
      {!token && <p className="note">{label.signInForProjects}</p>}
      <ProblemNote problem={projects.error} />
      {projects.data?.enterprise?.projects.length === 0 && <p className="note">{label.noFirmProjects}</p>}
      <ul>
        {projects.data?.enterprise?.projects.map((project) => (
          <li key={project.id}>
            {project.name} · {projectStatus[project.status]} · {nameOf(project.region, language)}
          </li>
        ))}
      </ul>
    </section>
  );
}
