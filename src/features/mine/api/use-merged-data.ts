import { useMemo } from 'react';
import type { Landscape } from '../../../lib/schema';
import { withUserRecords } from '../lib/merge-user-records';
import { useUserRecords } from './user-records-store';

/** The bundled data joined with the user's own records: what the filters offer and every view receives. */
export function useMergedData(data: Landscape | undefined): Landscape | undefined {
  const mine = useUserRecords().data?.records;
  return useMemo(() => (data ? withUserRecords(data, mine ?? []) : undefined), [data, mine]);
}
