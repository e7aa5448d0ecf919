/** /workers/new and /workers/:id/edit: the worker file form; server errors land on their fields. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Form, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { type ApiError, asApiError } from '../../../shared/problem';
import { LinkButton } from '../../components/LinkButton';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { nullable, optional } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useI18n } from '../../i18n';
import { workersApi } from './api';
import { SkillsSection } from './SkillsSection';
import type { WorkerDetail, WorkerInput } from './types';
import { BankSection, BasicSection, ContactSection } from './WorkerFormSections';

type WorkerForm = Omit<WorkerInput, 'skills'> & { skills: { skillId?: string; level?: number }[] };

const TEXT_FIELDS = ['name', 'nativePlace', 'homeDistrict'] as const;
const NULLABLE_FIELDS = ['homeAddress', 'emergencyName', 'bankName', 'notes'] as const;
/** Shown masked when editing: sent only when typed. */
const SENSITIVE_FIELDS = ['idNumber', 'phone', 'emergencyPhone', 'bankAccount'] as const;

function toInitial(w: WorkerDetail): Partial<WorkerForm> {
  return {
    storeId: w.storeId,
    teamId: w.teamId ?? undefined,
    name: w.name,
    gender: w.gender,
    nativePlace: w.nativePlace,
    education: w.education,
    languages: w.languages,
    cuisines: w.cuisines,
    homeDistrict: w.homeDistrict,
    homeAddress: w.homeAddress ?? undefined,
    employmentModel: w.employmentModel,
    emergencyName: w.emergencyName ?? undefined,
    bankName: w.bankName ?? undefined,
    notes: w.notes ?? undefined,
    skills: w.skills.map((s) => ({ skillId: s.skillId, level: s.level })),
  };
}

function toSkills(rows: WorkerForm['skills'] | undefined) {
  return (rows ?? []).flatMap((r) => (r.skillId ? [{ skillId: r.skillId, level: r.level ?? 1 }] : []));
}

export function WorkerFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<WorkerForm>();
  const { submitting, failure, run } = useFormSubmit(form);
  const [editing, setEditing] = useState<WorkerDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!id) return;
    let alive = true;
    workersApi
      .get(id)
      .then((w) => alive && setEditing(w))
      .catch((caught: unknown) => alive && setLoadError(asApiError(caught)));
    return () => {
      alive = false;
    };
  }, [id]);

  const create = async (v: WorkerForm) => {
    const body: WorkerInput = {
      ...v,
      teamId: v.teamId ?? null,
      languages: v.languages ?? [],
      cuisines: v.cuisines ?? [],
      skills: toSkills(v.skills),
    };
    for (const key of TEXT_FIELDS) body[key] = v[key].trim();
    for (const key of [...NULLABLE_FIELDS, ...SENSITIVE_FIELDS]) body[key] = optional(v[key]) as never;
    const saved = await workersApi.create(body);
    message.success(t('common.created'));
    navigate(`/workers/${saved.id}`, { replace: true });
  };

  const update = async (w: WorkerDetail, v: WorkerForm) => {
    const { skills, ...rest } = v;
    const body: Partial<WorkerInput> = { ...rest, teamId: v.teamId ?? null };
    for (const key of TEXT_FIELDS) body[key] = v[key].trim();
    for (const key of NULLABLE_FIELDS) body[key] = nullable(v[key]);
    for (const key of SENSITIVE_FIELDS) body[key] = optional(v[key]) as never;
    await workersApi.update(w.id, body);
    const next = toSkills(skills);
    const before = JSON.stringify(w.skills.map((s) => ({ skillId: s.skillId, level: s.level })));
    if (JSON.stringify(next) !== before) await workersApi.setSkills(w.id, next);
    message.success(t('common.saved'));
    navigate(`/workers/${w.id}`, { replace: true });
  };

  if (loadError?.status === 404) return <NotFound />;
  const back = id ? `/workers/${id}` : '/workers';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1100 }}>
      <LinkButton to={back} type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {id ? (editing?.name ?? t('workers.details')) : t('workers.title')}
      </LinkButton>
      {loadError && <ProblemAlert error={loadError} />}
      {id && !editing ? (
        !loadError && <Skeleton active />
      ) : (
        <Form<WorkerForm>
          form={form}
          layout="vertical"
          scrollToFirstError
          initialValues={
            editing ? toInitial(editing) : { gender: 'female', employmentModel: 'employee', skills: [] }
          }
          onFinish={(v) => void run(() => (editing ? update(editing, v) : create(v)))}
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <BasicSection editing={editing ?? undefined} />
            <ContactSection editing={editing ?? undefined} />
            <BankSection editing={editing ?? undefined} />
            <SkillsSection />
            {failure && <ProblemAlert error={failure.error} unmatched={failure.unmatched} />}
            <Space>
              <Button type="primary" htmlType="submit" loading={submitting}>
                {editing ? t('common.save') : t('workerForm.create')}
              </Button>
              <LinkButton to={back}>{t('common.cancel')}</LinkButton>
            </Space>
          </Space>
        </Form>
      )}
    </Space>
  );
}
