import { Stack } from '@mantine/core';
import { ErrorState } from '@web/ui/ErrorState';
import { Loading } from '@web/ui/Loading';
import { FairHeader } from '../fairs/FairHeader';
import { useFair } from '../fairs/fairs-api';
import { BankAccountCard } from './BankAccountCard';
import { ImportStatementCard } from './ImportStatementCard';
import { OpenLinesCard } from './OpenLinesCard';
import { PayersCard } from './PayersCard';

/** A fair's payments: who paid what, statements to import, lines to settle, the account. */
export default function PaymentsPage({ fairId }: { fairId: string }) {
  const fair = useFair(fairId);
  if (fair.isPending) return <Loading />;
  if (fair.isError) return <ErrorState error={fair.error} />;
  return (
    <Stack>
      <FairHeader fair={fair.data} tab="payments" />
      <PayersCard fairId={fairId} />
      <OpenLinesCard fairId={fairId} />
      <ImportStatementCard fairId={fairId} />
      <BankAccountCard bodyId={fair.data.organisingBodyId} />
    </Stack>
  );
}
