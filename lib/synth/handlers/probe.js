// Proves the path from this function to its Redshift cluster: opens TCP to the cluster, performs
// the credentials step of its mode, and returns a report of each hop with its milliseconds.
// The report holds results, timings and AWS error codes only, never a password or a secret.
const net = require("net");

// The variable that names the credentials, the mode, the service, its client and its call.
const MODES = [
  ["REDSHIFT_PASSWORD_PARAMETER", "password", "ssm", "ssm", "SSM", "GetParameter"],
  ["REDSHIFT_CLUSTER_IDENTIFIER", "iam", "redshift", "redshift", "Redshift",
   "GetClusterCredentials"],
  ["REDSHIFT_WORKGROUP_NAME", "iam", "redshift-serverless", "redshift-serverless",
   "RedshiftServerless", "GetCredentials"],
  ["REDSHIFT_SECRET_ARN", "managed-secret", "secretsmanager", "secrets-manager", "SecretsManager",
   "GetSecretValue"],
];
const MARGIN_MS = 500; // kept back to return the report before the function's timeout
const TCP_MAX_MS = 5000;

function cluster(host, port, ms) {
  const start = Date.now();
  return new Promise((resolve) => {
    let socket, timer;
    const done = (result, detail) => {
      clearTimeout(timer);
      if (socket) socket.destroy();
      const ms = Date.now() - start;
      resolve({ target: `${host}:${port}`, result, ...(detail && { detail }), ms });
    };
    try {
      socket = net.connect({ host: host || "", port: Number(port) });
    } catch (e) {
      return done("error", e.code || e.name); // a port out of range
    }
    timer = setTimeout(() => done("timeout"), ms);
    socket.once("connect", () => done("ok"));
    socket.once("error", (e) =>
      e.code === "ECONNREFUSED" ? done("refused") : done("error", e.code || e.name));
  });
}

function input(service, name, env) {
  if (service === "ssm") return { Name: name, WithDecryption: true };
  if (service === "redshift-serverless") {
    return { workgroupName: name, dbName: env.REDSHIFT_DATABASE };
  }
  if (service === "redshift") {
    return { DbUser: env.REDSHIFT_USER, DbName: env.REDSHIFT_DATABASE, ClusterIdentifier: name };
  }
  return { SecretId: name };
}

async function credentials(env, ms) {
  const found = MODES.find(([variable]) => env[variable]);
  if (!found) return { result: "error", detail: "NoCredentialsVariable", ms: 0 };
  const [variable, mode, service, pkg, client, call] = found;
  const start = Date.now();
  const hop = { mode, service };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), Math.max(ms, 100));
  try {
    const sdk = require(`@aws-sdk/client-${pkg}`);
    const command = new sdk[`${call}Command`](input(service, env[variable], env));
    // The response holds the password or the secret: it is dropped unread.
    const sdkClient = new sdk[`${client}Client`]({ maxAttempts: 1 });
    await sdkClient.send(command, { abortSignal: abort.signal });
    hop.result = "ok";
  } catch (e) {
    const code = String(e.name || e.code || "Error");
    const status = (e.$metadata || {}).httpStatusCode;
    if (abort.signal.aborted || /Timeout/.test(code)) hop.result = "timeout";
    else if (status === 403 || /Denied|Unauthorized|NotAuthorized/.test(code)) {
      Object.assign(hop, { result: "denied", detail: code });
    } else Object.assign(hop, { result: "error", detail: code });
  }
  clearTimeout(timer);
  hop.ms = Date.now() - start;
  return hop;
}

exports.handler = async (event, context) => {
  const start = Date.now();
  const env = process.env;
  const budget = context.getRemainingTimeInMillis() - MARGIN_MS;
  const report = {
    cluster: await cluster(env.REDSHIFT_HOST, env.REDSHIFT_PORT,
      Math.max(Math.min(budget / 2, TCP_MAX_MS), 100)),
  };
  report.credentials = await credentials(env, budget - (Date.now() - start));
  report.ok = Object.values(report).every((hop) => hop.result === "ok");
  console.log(JSON.stringify(report));
  return report;
};
