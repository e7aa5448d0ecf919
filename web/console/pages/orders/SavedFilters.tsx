/** "常用筛选": named filter presets of the order list, kept in this browser's localStorage. */
import { DeleteOutlined, DownOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, type MenuProps, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n';
import type { OrderFilterValues } from './OrderFilters';

interface Preset {
  name: string;
  filters: OrderFilterValues;
}

const STORAGE_KEY = 'anjia.orders.presets';

function readPresets(): Preset[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Preset[]).filter((p) => typeof p?.name === 'string') : [];
  } catch {
    return [];
  }
}

function writePresets(presets: Preset[]): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(presets));
  } catch {
    // storage unavailable (private mode): presets live until reload
  }
}

interface Props {
  current: OrderFilterValues;
  onApply: (filters: OrderFilterValues) => void;
}

export function SavedFilters({ current, onApply }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [presets, setPresets] = useState<Preset[]>(readPresets);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');

  const update = (next: Preset[]) => {
    setPresets(next);
    writePresets(next);
  };
  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    update([...presets.filter((p) => p.name !== trimmed), { name: trimmed, filters: current }]);
    message.success(t('orders.presetSaved', { name: trimmed }));
    setNaming(false);
    setName('');
  };

  const items: MenuProps['items'] = [
    ...presets.map((p) => ({
      key: `apply:${p.name}`,
      label: p.name,
      extra: (
        <Button
          type="text"
          size="small"
          danger
          aria-label={`${t('orders.presetDelete')} ${p.name}`}
          icon={<DeleteOutlined />}
          onClick={(event) => {
            event.stopPropagation();
            update(presets.filter((x) => x.name !== p.name));
          }}
        />
      ),
    })),
    ...(presets.length ? [] : [{ key: 'none', label: t('orders.noPresets'), disabled: true }]),
    { type: 'divider' as const },
    { key: 'save', icon: <SaveOutlined />, label: t('orders.saveCurrent') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'save') setNaming(true);
    const preset = presets.find((p) => `apply:${p.name}` === key);
    if (preset) onApply(preset.filters);
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button data-testid="saved-filters">
          {t('orders.saved')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={naming}
        title={t('orders.saveCurrent')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={save}
        okButtonProps={{ disabled: !name.trim() }}
        onCancel={() => setNaming(false)}
        destroyOnHidden
      >
        <Input
          autoFocus
          aria-label={t('orders.presetName')}
          placeholder={t('orders.presetName')}
          maxLength={30}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={save}
        />
      </Modal>
    </>
  );
}
