import { Tag } from 'antd';
import { assignmentLabel } from '../format';
import { useRoles } from '../hooks/useRoles';
import type { RoleAssignment } from '../types';

export function RoleTags({ roles }: { roles: RoleAssignment[] }) {
  const { label } = useRoles();
  return (
    <>
      {roles.map((assignment) => (
        <Tag key={`${assignment.role}:${assignment.storeId ?? ''}`} color="blue" style={{ marginBottom: 4 }}>
          {assignmentLabel(assignment, label(assignment.role))}
        </Tag>
      ))}
    </>
  );
}
