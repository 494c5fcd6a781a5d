import { useTemperature } from '@/lib/ui/temperature';
import type { SectionProps } from '../section';
import { TemperaturePanel } from './TemperaturePanel';
import './temperature.css';

export function TemperatureSection({ ticket, tabId }: SectionProps) {
  const { data, since, showInPage } = useTemperature(ticket, tabId);
  if (!data?.readings.length) return null;
  return <TemperaturePanel readings={data.readings} quoted={data.quoted} since={since} onShowInPage={showInPage} />;
}
