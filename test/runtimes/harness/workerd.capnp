# workerd configuration: one worker, the tarball's ESM bundle as the module `newsdown`.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker", esModule = embed "worker.mjs"),
    (name = "newsdown", esModule = embed "node_modules/newsdown/dist/index.js"),
    (name = "inputs.json", json = embed "inputs.json"),
  ],
  compatibilityDate = "2025-01-01",
);
