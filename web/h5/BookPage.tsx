/** 预约: service, quantity, time (or start date), address, the INSTANT PRICE, submit → her order. */
import {
  Button,
  DatePicker,
  ErrorBlock,
  List,
  NavBar,
  Radio,
  Selector,
  SpinLoading,
  Stepper,
  TextArea,
  Toast,
} from 'antd-mobile';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { newIdempotencyKey } from '../shared/http';
import { asApiError } from '../shared/problem';
import { BUSINESS_TZ, formatTime } from '../shared/time';
import { type Address, api, type InstantPrice, type MyCustomer, type ServiceType, yuan } from './api';
import { type T, useI18n } from './i18n';
import { LangSwitch } from './LangSwitch';
import { PriceLines } from './PriceLines';
import type { Navigate } from './Shell';

const STEP: Record<string, number> = { hour: 1, m2: 5, each: 1 };
/** Hours from the service's default duration (minutes); a typical flat for m²; one item. */
const defaultQuantity = (s: ServiceType) =>
  s.unit === 'hour' ? Math.max(1, Math.round(s.defaultDuration / 60)) : s.unit === 'm2' ? 60 : 1;

export const unitLabel = (t: T, unit: string) =>
  ['hour', 'm2', 'each', 'month', 'cycle26'].includes(unit) ? t(`unit.${unit}` as Parameters<T>[0]) : unit;

/** A wall-clock time picked on the phone, read as Shanghai time (the company's zone). */
const shanghaiInstant = (picked: Date) =>
  dayjs.tz(dayjs(picked).format('YYYY-MM-DD HH:mm'), BUSINESS_TZ).toISOString();
/** "Now" in Shanghai as a wall-clock Date for the picker's minimum. */
const shanghaiNow = () => new Date(dayjs().tz(BUSINESS_TZ).format('YYYY-MM-DDTHH:mm:ss'));

const addressText = (a: Address) =>
  [a.label ? `【${a.label}】` : '', a.district, a.community, a.detail].filter(Boolean).join(' ');

export function BookPage({ onLogout, navigate }: { onLogout: () => void; navigate: Navigate }) {
  const { t, lang } = useI18n();
  const [services, setServices] = useState<ServiceType[] | null>(null);
  const [customer, setCustomer] = useState<MyCustomer | null | 'none'>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState(2);
  const [start, setStart] = useState<Date | null>(null);
  const [startDay, setStartDay] = useState<Date | null>(null);
  const [addressId, setAddressId] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [picker, setPicker] = useState<'time' | 'day' | null>(null);
  const [price, setPrice] = useState<InstantPrice | null>(null);
  const [priceError, setPriceError] = useState<string | null>(null);
  const [pricing, setPricing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // One key per booking attempt: a double tap or a retry after a lost answer makes one order.
  const attemptKey = useRef(newIdempotencyKey());

  const load = () => {
    setLoadError(null);
    api
      .serviceTypes()
      .then((body) => setServices(body.items.filter((s) => s.status === 'active')))
      .catch((e) => setLoadError(asApiError(e).message));
    api
      .myCustomer()
      .then((c) => {
        setCustomer(c);
        const preferred = c.addresses.find((a) => a.isDefault) ?? c.addresses[0];
        setAddressId((cur) => cur ?? preferred?.id ?? null);
      })
      .catch((e) => {
        const problem = asApiError(e);
        if (problem.status === 404 || problem.status === 403) setCustomer('none');
        else setLoadError(problem.message);
      });
  };
  useEffect(load, []);

  const service = services?.find((s) => s.id === serviceId) ?? null;
  const visit = service?.mode === 'visit';
  const serviceName = (s: ServiceType) => (lang === 'en' ? s.nameEn || s.name : s.name);

  const choose = (id: string | undefined) => {
    const s = services?.find((x) => x.id === id);
    setServiceId(s?.id ?? null);
    if (s?.mode === 'visit') setQuantity(defaultQuantity(s));
    attemptKey.current = newIdempotencyKey();
  };

  const startAt = visit && start ? shanghaiInstant(start) : undefined;
  const priceInput = useMemo(
    () =>
      service
        ? visit
          ? startAt
            ? { serviceTypeId: service.id, quantity, startAt }
            : null
          : { serviceTypeId: service.id }
        : null,
    [service, visit, quantity, startAt],
  );

  // The instant price follows every change (the last answer wins).
  useEffect(() => {
    setPrice(null);
    setPriceError(null);
    if (!priceInput) return;
    const abort = new AbortController();
    setPricing(true);
    const timer = setTimeout(() => {
      api
        .priceQuote(priceInput, abort.signal)
        .then((p) => setPrice(p))
        .catch((e) => {
          if (!abort.signal.aborted) setPriceError(asApiError(e).message);
        })
        .finally(() => {
          if (!abort.signal.aborted) setPricing(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [priceInput]);

  const submit = async () => {
    if (!service) return setSubmitError(t('book.required', { field: t('book.service') }));
    if (visit && !start) return setSubmitError(t('book.required', { field: t('book.time') }));
    if (!visit && !startDay) return setSubmitError(t('book.required', { field: t('book.startDate') }));
    if (!addressId) return setSubmitError(t('book.required', { field: t('book.address') }));
    setSubmitting(true);
    setSubmitError(null);
    try {
      const windowStart = visit && start ? shanghaiInstant(start) : undefined;
      const windowEnd =
        windowStart && service.unit === 'hour'
          ? dayjs(windowStart)
              .add(quantity * 60, 'minute')
              .toISOString()
          : undefined;
      const order = await api.book(
        {
          serviceTypeId: service.id,
          addressId,
          ...(visit
            ? { windowStart, windowEnd, quantity }
            : { startDate: dayjs(startDay).format('YYYY-MM-DD') }),
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
        attemptKey.current,
      );
      attemptKey.current = newIdempotencyKey();
      Toast.show({ icon: 'success', content: t('book.success') });
      navigate({ tab: 'orders', orderId: order.id });
    } catch (caught) {
      setSubmitError(asApiError(caught).message);
    } finally {
      setSubmitting(false);
    }
  };

  const header = (
    <div className="h5-sticky">
      <NavBar
        back={null}
        left={<LangSwitch />}
        right={
          <Button size="mini" fill="none" onClick={onLogout}>
            {t('common.logout')}
          </Button>
        }
      >
        {t('book.title')}
      </NavBar>
    </div>
  );

  if (loadError)
    return (
      <div className="h5-page">
        {header}
        <ErrorBlock status="default" title={t('common.loadFailed')} description={loadError}>
          <Button color="primary" onClick={load}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      </div>
    );
  if (!services || customer === null)
    return (
      <div className="h5-page">
        {header}
        <div className="h5-center">
          <SpinLoading color="primary" />
        </div>
      </div>
    );
  if (customer === 'none')
    return (
      <div className="h5-page">
        {header}
        <ErrorBlock status="empty" title={t('book.title')} description={t('book.noCustomer')} />
      </div>
    );

  return (
    <div className="h5-page" data-testid="book-page">
      {header}
      <List header={t('book.service')} mode="card">
        <List.Item>
          <Selector
            columns={3}
            value={serviceId ? [serviceId] : []}
            options={services.map((s) => ({ label: serviceName(s), value: s.id }))}
            onChange={(v) => choose(v[0])}
          />
        </List.Item>
      </List>

      {service && (
        <List mode="card">
          {visit && (
            <List.Item
              extra={
                <Stepper
                  value={quantity}
                  min={1}
                  max={500}
                  step={STEP[service.unit] ?? 1}
                  onChange={(v) => setQuantity(v)}
                  aria-label={t('book.quantity')}
                />
              }
            >
              {t('book.quantity')}（{unitLabel(t, service.unit)}）
            </List.Item>
          )}
          {visit ? (
            <List.Item
              clickable
              onClick={() => setPicker('time')}
              extra={start ? dayjs(start).format('MM-DD HH:mm') : t('book.pick')}
            >
              {t('book.time')}
            </List.Item>
          ) : (
            <List.Item
              clickable
              onClick={() => setPicker('day')}
              extra={startDay ? dayjs(startDay).format('YYYY-MM-DD') : t('book.pick')}
            >
              {t('book.startDate')}
            </List.Item>
          )}
        </List>
      )}

      <List header={t('book.address')} mode="card">
        {customer.addresses.length === 0 ? (
          <List.Item>{t('book.noAddress')}</List.Item>
        ) : (
          <Radio.Group value={addressId} onChange={(v) => setAddressId(String(v))}>
            {customer.addresses.map((a) => (
              <List.Item key={a.id}>
                <Radio value={a.id} block>
                  <span className="h5-address">{addressText(a)}</span>
                </Radio>
              </List.Item>
            ))}
          </Radio.Group>
        )}
      </List>

      <List header={t('book.notes')} mode="card">
        <List.Item>
          <TextArea
            value={notes}
            onChange={setNotes}
            placeholder={t('book.notesHint')}
            maxLength={500}
            autoSize={{ minRows: 2, maxRows: 4 }}
          />
        </List.Item>
      </List>

      {service && (
        <List header={t('book.price')} mode="card" data-testid="instant-price">
          {pricing && !price ? (
            <List.Item>
              <SpinLoading style={{ '--size': '20px' }} />
            </List.Item>
          ) : price ? (
            <PriceLines
              lines={price.lines}
              totalFen={price.totalFen}
              monthlyTotalFen={price.monthlyTotalFen}
              firstPaymentFen={price.firstPaymentFen}
            />
          ) : priceError ? (
            <List.Item>
              <span className="h5-error-inline">{priceError}</span>
            </List.Item>
          ) : (
            <List.Item>
              <span className="h5-muted">
                {t('book.required', { field: visit ? t('book.time') : t('book.startDate') })}
              </span>
            </List.Item>
          )}
          <List.Item>
            <span className="h5-muted">{t('book.priceHint')}</span>
          </List.Item>
        </List>
      )}

      {submitError && (
        <div className="h5-error" role="alert">
          {submitError}
        </div>
      )}
      <div className="h5-actions">
        <Button block color="primary" size="large" loading={submitting} disabled={!service} onClick={submit}>
          {t('book.submit')}
          {price ? ` · ${yuan(price.firstPaymentFen ?? price.totalFen)}` : ''}
        </Button>
      </div>

      <DatePicker
        visible={picker === 'time'}
        onClose={() => setPicker(null)}
        precision="minute"
        min={shanghaiNow()}
        max={dayjs().add(90, 'day').toDate()}
        filter={{ minute: (m) => m % 30 === 0, hour: (h) => h >= 7 && h <= 20 }}
        value={start ?? undefined}
        title={t('book.time')}
        confirmText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={(v) => {
          setStart(v);
          attemptKey.current = newIdempotencyKey();
        }}
      />
      <DatePicker
        visible={picker === 'day'}
        onClose={() => setPicker(null)}
        precision="day"
        min={shanghaiNow()}
        max={dayjs().add(180, 'day').toDate()}
        value={startDay ?? undefined}
        title={t('book.startDate')}
        confirmText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={(v) => {
          setStartDay(v);
          attemptKey.current = newIdempotencyKey();
        }}
      />
    </div>
  );
}

/** A visit time as she reads it back (Shanghai). */
export const visitTime = (windowStart: string | null, startDate: string | null) =>
  windowStart ? formatTime(windowStart, 'YYYY-MM-DD HH:mm') : (startDate ?? '—');
