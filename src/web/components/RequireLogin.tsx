import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import type { Sessie } from '../../contracts/sessie.js';
import { useSessie } from '../session.js';
import { ErrorMessage } from './ErrorMessage.js';
import { Loading } from './Loading.js';

/** Where the login page sends you back to once you are in. */
export interface LoginRedirectState {
  from?: string;
}

/** Guards the routes below it: logged out, you are sent to the login page and brought back. */
export function RequireLogin() {
  const sessie = useSessie();
  const location = useLocation();
  if (sessie.isPending) return <Loading />;
  if (sessie.isError) return <ErrorMessage error={sessie.error} />;
  if (!sessie.data) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  return <Outlet context={sessie.data} />;
}

/** The session of a page behind RequireLogin, which is never absent there. */
export function useLoggedInSessie(): Sessie {
  return useOutletContext<Sessie>();
}
