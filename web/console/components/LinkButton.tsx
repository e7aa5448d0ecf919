/** An antd Button that is a real link (<a href>, opens in a new tab on ctrl/⌘-click) routed in-app. */
import { Button, type ButtonProps } from 'antd';
import { useNavigate } from 'react-router-dom';

export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const navigate = useNavigate();
  return (
    <Button
      {...props}
      href={to}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}
