/** 新建班组 / 编辑班组: name and a supervisor chosen among users with the supervisor role. */
import { Form, Input } from 'antd';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { useI18n } from '../../i18n';
import type { Team } from '../../types';

interface TeamForm {
  name: string;
  supervisorUserId?: string;
}

interface Props {
  storeId: string;
  team?: Team;
  onClose: () => void;
  /** `team` is undefined when the server answered without a body. */
  onSaved: (team: Team | undefined, teamId: string, created: boolean) => void | Promise<void>;
}

export function TeamFormModal({ storeId, team, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<TeamForm>();
  const current =
    team?.supervisorUserId && team.supervisorName
      ? [{ value: team.supervisorUserId, label: team.supervisorName }]
      : undefined;

  const onSubmit = async (values: TeamForm) => {
    const name = values.name.trim();
    if (team) {
      const saved = await api.teams.update(team.id, {
        name,
        supervisorUserId: values.supervisorUserId ?? null,
      });
      await onSaved(saved, team.id, false);
    } else {
      const saved = await api.teams.create({ storeId, name, supervisorUserId: values.supervisorUserId });
      await onSaved(saved, saved.id, true);
    }
  };

  return (
    <FormModal<TeamForm>
      title={t(team ? 'teams.edit' : 'teams.new')}
      form={form}
      initialValues={team ? { name: team.name, supervisorUserId: team.supervisorUserId ?? undefined } : {}}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('teams.name')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('teams.name') }) },
        ]}
      >
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item name="supervisorUserId" label={t('teams.supervisor')}>
        <UserSelect
          withRole="supervisor"
          activeOnly
          allowClear
          placeholder={t('teams.noSupervisor')}
          extraOptions={current}
        />
      </Form.Item>
    </FormModal>
  );
}
