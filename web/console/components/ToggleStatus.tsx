/** The 停用 / 启用 row action, behind a Popconfirm; reports success or the server's error. */
import { App, Button, Popconfirm } from 'antd';
import { asApiError } from '../../shared/problem';
import { useI18n } from '../i18n';
import type { Status } from '../types';

interface Props {
  name: string;
  status: Status;
  onToggle: (action: 'disable' | 'enable') => Promise<void>;
}

export function ToggleStatus({ name, status, onToggle }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const action = status === 'active' ? 'disable' : 'enable';
  const confirm = async () => {
    try {
      await onToggle(action);
      message.success(t(action === 'disable' ? 'common.disabledDone' : 'common.enabledDone'));
    } catch (caught) {
      message.error(asApiError(caught).message);
    }
  };
  return (
    <Popconfirm
      title={t(action === 'disable' ? 'common.confirmDisable' : 'common.confirmEnable', { name })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger={action === 'disable'}>
        {t(action === 'disable' ? 'common.disable' : 'common.enable')}
      </Button>
    </Popconfirm>
  );
}
