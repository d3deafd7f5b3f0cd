import { Component, type ErrorInfo, type ReactNode } from 'react';
import { EmergencyActions } from './EmergencyActions.tsx';

type Props = { children: ReactNode; fallback?: ReactNode };

/**
 * If part of the app cannot load (offline before it was cached, or replaced by an update), show
 * what matters instead of an empty page: how to get emergency help, and a way to try again.
 * React needs a class component to catch rendering errors.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to report to: the app keeps no telemetry. The fallback tells the person what to do.
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      this.props.fallback ?? (
        <section className="page">
          <h1>This part of Unknot could not load</h1>
          <p>You may be offline. If you need emergency help, do not wait:</p>
          <EmergencyActions />
          <p>
            <button type="button" className="btn btn-secondary" onClick={() => window.location.reload()}>
              Try again
            </button>
          </p>
        </section>
      )
    );
  }
}
