import { z } from 'zod';
import type { Pegawai, UnitKerja } from '../domain/pegawai';
import {
  Id,
  ImportOptionsSchema,
  PegawaiInputSchema,
  PegawaiQuerySchema,
  UnitInputSchema,
  FileToken,
} from './schemas';
import type { AppInfo, ExportedFile, ImportPreview, ImportReport, PegawaiPage } from './types';

export * from './result';
export * from './schemas';
export * from './types';

/** A channel: the schema its input must satisfy and, as a phantom, the type it answers with. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });

const none = z.object({}).strict();

/** Every call the UI may make. The Electron IPC bridge, the web host and the CLI serve exactly this map. */
export const contract = {
  'app.info': channel<AppInfo>()(none),
  'pegawai.list': channel<PegawaiPage>()(PegawaiQuerySchema),
  'pegawai.get': channel<Pegawai>()(z.object({ id: Id })),
  'pegawai.create': channel<Pegawai>()(z.object({ data: PegawaiInputSchema })),
  'pegawai.update': channel<Pegawai>()(z.object({ id: Id, data: PegawaiInputSchema })),
  'pegawai.setAktif': channel<Pegawai>()(z.object({ id: Id, aktif: z.boolean() })),
  'pegawai.export': channel<ExportedFile>()(PegawaiQuerySchema.omit({ offset: true, limit: true })),
  'pegawai.importPreview': channel<ImportPreview>()(ImportOptionsSchema.pick({ file: true, mapping: true })),
  'pegawai.importCommit': channel<ImportReport>()(ImportOptionsSchema),
  'unit.list': channel<UnitKerja[]>()(none),
  'unit.create': channel<UnitKerja>()(z.object({ data: UnitInputSchema })),
  'unit.update': channel<UnitKerja>()(z.object({ id: Id, data: UnitInputSchema })),
  'unit.merge': channel<UnitKerja>()(z.object({ sourceId: Id, targetId: Id })),
  'unit.delete': channel<{ id: number }>()(z.object({ id: Id })),
  'file.forget': channel<{ file: string }>()(z.object({ file: FileToken })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one call signature every transport implements. */
export type Invoke = <C extends ChannelName>(channel: C, input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
import type { Result } from './result';
