import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api';
import { ME_KEY, queryClient } from '../../../lib/query-client';

export const logout = () => api.post<{ ok: true }>('/api/auth/logout', {}, { skipAuthRedirect: true });

export function useLogout() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Signed out locally even if the server call failed (the session may already be gone).
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      navigate('/login', { replace: true });
    },
  });
}
