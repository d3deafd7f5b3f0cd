// The diary's escalations on the diary's home page: loads the last 13 weeks and shows
// DiaryAlerts (nothing while loading or when the diary cannot be read).
import { DiaryAlerts } from './DiaryAlerts.tsx';
import { useDiaryData } from './use-trends-data.ts';

const ALERT_WEEKS = 13;

export function DiaryAlertsLoader() {
  const data = useDiaryData(ALERT_WEEKS);
  if (data.status !== 'ready') return null;
  return <DiaryAlerts episodes={data.episodes} checkins={data.checkins} checks={data.checks} />;
}
