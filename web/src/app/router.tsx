import { Suspense } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Spin } from 'antd';
import { useMe } from '../lib/auth';
import { QueryState } from '../components/QueryState';
import { AppLayout } from './layout/AppLayout';
import { appRoutes, LoginPage } from './routes';

const fullPageSpin = <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;

/** The signed-in shell: no session → /login?next=<this page>. */
function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  return (
    <QueryState query={{ ...me, data: me.data === undefined ? undefined : { me: me.data } }}>
      {({ me: user }) => {
        if (!user) {
          const next = encodeURIComponent(location.pathname + location.search);
          return <Navigate to={`/login?next=${next}`} replace />;
        }
        return <AppLayout />;
      }}
    </QueryState>
  );
}

const router = createBrowserRouter([
  { path: '/login', element: <Suspense fallback={fullPageSpin}><LoginPage /></Suspense> },
  { path: '/', element: <RequireAuth />, children: appRoutes },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
