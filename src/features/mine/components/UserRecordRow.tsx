import { useTranslation } from 'react-i18next';
import { formatMoney, formatPartialDate, formatPeriod } from '../../../lib/format';
import type { Lang } from '../../../lib/format';
import { investorName } from '../../../lib/investors';
import type { InvestorRecord } from '../../../lib/schema';
import { userRecordInvestor } from '../lib/duplicates';
import type { UserRecord } from '../lib/user-records';

/** The name a user's record shows: the dataset's investor it joins, else the name (in Japanese, if given) of the file. */
export function userInvestorName(r: UserRecord, investors: readonly InvestorRecord[], lang: Lang): string {
  const id = userRecordInvestor(r, investors);
  const known = investors.find((i) => i.id === id);
  if (known) return investorName(investors, id, lang);
  return lang === 'ja' && r.investorJa ? r.investorJa : r.investor;
}

export function UserRecordRow({
  record: r,
  investors,
  onRemove,
}: {
  record: UserRecord;
  investors: readonly InvestorRecord[];
  onRemove: () => void;
}) {
  const { t } = useTranslation('explorer');
  const { t: tc, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const name = userInvestorName(r, investors, lang);
  const when =
    r.period.kind === 'unknown' ? formatPartialDate(r.announced, lang) : formatPeriod(r.period, lang);
  return (
    <tr data-record={r.id}>
      <th scope="row">{name}</th>
      <td>{tc(`country.${r.country}`)}</td>
      <td className="num">
        {formatMoney(
          r.amount.value,
          r.amount.currency,
          lang,
          r.amount.qualifier ? { qualifier: r.amount.qualifier } : {},
        )}
      </td>
      <td>{when}</td>
      <td>
        {r.source.url && /^https?:\/\//i.test(r.source.url) ? (
          <a href={r.source.url} target="_blank" rel="noopener noreferrer">
            {r.source.name}
          </a>
        ) : (
          r.source.name
        )}
        {r.source.note && <span className="cell-note">{r.source.note}</span>}
        {r.note && <span className="cell-note">{r.note}</span>}
      </td>
      <td className="cell-note">{r.file}</td>
      <td>
        <button
          type="button"
          className="button button--small"
          onClick={onRemove}
          aria-label={t('mine.removeOne', {
            investor: name,
            country: tc(`country.${r.country}`),
            source: r.source.name,
          })}
        >
          {t('mine.remove')}
        </button>
      </td>
    </tr>
  );
}
