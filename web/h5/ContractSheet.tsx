/** The contract on her phone: read the text, draw a signature, type her name, sign (R10). */
import { Button, Input, NavBar, Popup, SpinLoading, Tag, Toast } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { asApiError } from '../shared/problem';
import { formatTime } from '../shared/time';
import { api, contractPdfUrl, type MyContract } from './api';
import { useI18n } from './i18n';
import { SignaturePad, type SignaturePadRef } from './SignaturePad';

export function ContractSheet({
  contractId,
  onClose,
  onSigned,
}: {
  contractId: string;
  onClose: () => void;
  onSigned: () => void;
}) {
  const { t } = useI18n();
  const [contract, setContract] = useState<MyContract | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [typedName, setTypedName] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const pad = useRef<SignaturePadRef>(null);

  useEffect(() => {
    api
      .myContract(contractId)
      .then(setContract)
      .catch((e) => setError(asApiError(e).message));
  }, [contractId]);

  const expected = contract?.terms.customer?.name ?? '';
  const mine = contract?.signatures.find((s) => s.party === 'customer');
  const canSign = contract?.state === 'draft' && !mine;

  const sign = async () => {
    if (!contract) return;
    const png = pad.current?.toDataUrl();
    if (!png) return setError(t('sign.empty'));
    if (typedName.trim() !== expected) return setError(t('sign.nameMismatch', { name: expected }));
    setSubmitting(true);
    setError(null);
    try {
      await api.signContract(contract.id, {
        sha256: contract.textSha256,
        typedName: typedName.trim(),
        signaturePng: png,
      });
      Toast.show({ icon: 'success', content: t('sign.done') });
      onSigned();
    } catch (caught) {
      setError(asApiError(caught).message);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Popup visible onMaskClick={onClose} position="bottom" bodyClassName="h5-sheet" destroyOnClose>
      <NavBar onBack={onClose}>{canSign ? t('sign.title') : t('order.contract')}</NavBar>
      <div className="h5-sheet-body" data-testid="contract-sheet">
        {!contract && !error && (
          <div className="h5-center">
            <SpinLoading color="primary" />
          </div>
        )}
        {contract && (
          <>
            <div className="h5-contract-head">
              <span>
                {contract.number} · v{contract.version}
              </span>
              <Tag color={contract.state === 'signed' ? 'success' : 'warning'}>
                {t(`contract.${contract.state}`)}
              </Tag>
            </div>
            <pre className="h5-contract-text" data-testid="contract-text">
              {contract.text}
            </pre>
            {contract.signatures.map((s) => (
              <div key={s.party} className="h5-muted">
                ✓{' '}
                {s.party === 'customer'
                  ? t('event.contract_sign.customer')
                  : s.party === 'company'
                    ? t('event.contract_sign.company')
                    : t('event.contract_sign.worker')}
                {' · '}
                {s.signerName} · {formatTime(s.signedAt)}
              </div>
            ))}
            {canSign && (
              <div className="h5-sign-form">
                <p className="h5-muted">{t('sign.agree')}</p>
                <SignaturePad ref={pad} />
                <Input
                  className="h5-typed-name"
                  value={typedName}
                  onChange={setTypedName}
                  placeholder={t('sign.typedNameHint', { name: expected })}
                  aria-label={t('sign.typedName')}
                  clearable
                  maxLength={40}
                />
              </div>
            )}
            <a
              className="h5-link"
              href={contractPdfUrl(contract.id)}
              target="_blank"
              rel="noreferrer"
              download
            >
              {t('order.pdf')}
            </a>
          </>
        )}
        {error && (
          <div className="h5-error" role="alert">
            {error}
          </div>
        )}
      </div>
      {canSign && (
        <div className="h5-actions">
          <Button block color="primary" size="large" loading={submitting} onClick={sign}>
            {t('sign.submit')}
          </Button>
        </div>
      )}
    </Popup>
  );
}
