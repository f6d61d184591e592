import os from "node:os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly os: string;
  readonly libreoffice: string | null;
  /** 1, 5 and 15-minute load averages when the bench ended: the machine is shared, times depend on it. */
  readonly loadAverage: readonly number[];
}

export function machine(libreoffice: string | null): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    libreoffice,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
