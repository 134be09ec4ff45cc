import { useEffect } from 'react';
import type { Relations } from '../data/schema';
import { Chronology } from '../panels/Chronology';
import { StatusOverview } from '../panels/StatusOverview';

const CURRENT_YEAR = new Date().getFullYear();

export function Dashboard({ data }: { data: Relations }) {
  useEffect(() => {
    performance.mark('app:data-ready');
  }, []);

  return (
    <main className="app__main">
      <div className="app__panels">
        <StatusOverview missions={data.missions} year={CURRENT_YEAR} />
        <Chronology events={data.events} year={CURRENT_YEAR} />
      </div>
    </main>
  );
}
