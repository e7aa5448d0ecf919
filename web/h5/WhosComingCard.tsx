/**
 * 服务人员: who is coming to her order (R18) — name, photo (or the first character), tier, skills,
 * rating and time — and the company's number to reach her. Never the worker's own phone (R16).
 * Nothing is shown until the order has an active assignment.
 */
import { List, Rate, Tag } from 'antd-mobile';
import type { CSSProperties } from 'react';
import { useEffect, useState } from 'react';
import { api, type WhosComing } from './api';
import { useI18n } from './i18n';
import { jobTime } from './job-time';

const SKILL = {
  '--text-color': '#434343',
  '--border-color': '#f0f0f0',
  '--background-color': '#f0f0f0',
} as CSSProperties;

/** `version` changes when the order page reloads, so the card follows the order's progress. */
export function WhosComingCard({ orderId, version }: { orderId: string; version: unknown }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<WhosComing | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload signal
  useEffect(() => {
    let live = true;
    api
      .whosComing(orderId)
      .then((d) => live && setData(d))
      .catch(() => live && setData(null)); // not her order yet, or no dispatch: show nothing
    return () => {
      live = false;
    };
  }, [orderId, version]);

  const w = data?.worker;
  if (!data || !w) return null;
  const tier = w.tier ? (lang === 'en' ? t(`tier.${w.tier}`) : (w.tierLabel ?? t(`tier.${w.tier}`))) : null;
  const contact = data.contact.number
    ? t('coming.contact', { via: data.contact.via, number: data.contact.number })
    : t('coming.contactNoNumber', { via: data.contact.via });
  return (
    <List mode="card" header={t('coming.title')} className="h5-coming" data-testid="whos-coming">
      <List.Item>
        <div className="h5-card-row">
          <div className="h5-photo" role="img" aria-label={t('card.photo', { name: w.name })}>
            {w.photoUrl ? <img src={w.photoUrl} alt="" /> : w.name.slice(0, 1)}
          </div>
          <div className="h5-card-main">
            <div className="h5-name-row">
              <span className="h5-name" data-testid="coming-name">
                {w.name}
              </span>
              <Tag color={tier ? 'primary' : 'default'} fill="outline">
                {tier ?? t('card.noTier')}
              </Tag>
            </div>
            <div className="h5-meta">
              {t('coming.age', { age: w.age })} · {w.nativePlace}
            </div>
            {w.skills.length > 0 && (
              <div className="h5-tags">
                {w.skills.map((s) => (
                  <Tag key={s} style={SKILL}>
                    {s}
                  </Tag>
                ))}
              </div>
            )}
            <div className="h5-rating">
              {w.ratingAvg === null ? (
                t('card.noRating')
              ) : (
                <>
                  <Rate
                    readOnly
                    allowHalf
                    value={Math.round(w.ratingAvg * 2) / 2}
                    style={{ '--star-size': '14px' } as CSSProperties}
                  />
                  {w.ratingAvg.toFixed(1)} · {t('card.ratingCount', { count: w.ratingCount })}
                </>
              )}
            </div>
          </div>
        </div>
      </List.Item>
      <List.Item extra={jobTime(w.startsAt, w.endsAt, lang)}>{t('coming.time')}</List.Item>
      <List.Item>
        <div className="h5-muted" data-testid="coming-contact">
          {data.contact.number ? (
            <a className="h5-link" href={`tel:${data.contact.number}`}>
              {contact}
            </a>
          ) : (
            contact
          )}
        </div>
      </List.Item>
    </List>
  );
}
