import type { Language } from '@hoicho/platform';
import { runWarningText } from '../common/run-warning-texts';
import { AllocationRun } from './allocation-run.entity';
import { RunWarningDto } from './dto/run-warning.dto';

/**
 * A run's warnings as organisers read them: the code and params programs read, the producers
 * named (from the applicants kept with the run), and the words in the caller's language.
 */
export function runWarningsView(run: AllocationRun, language: Language): RunWarningDto[] {
  const producer = (id: unknown) => run.applicants?.[String(id)]?.producerName ?? String(id);
  return run.warnings.map(({ code, params }) => {
    const named = {
      ...params,
      producer: producer(params.application),
      ...(params.holder !== undefined ? { holderProducer: producer(params.holder) } : {}),
    };
    return { code, params: named, message: runWarningText(code, named, language) };
  });
}
