"""Proves the path from this function to its Redshift cluster: opens TCP to the cluster, performs
the credentials step of its mode, and returns a report of each hop with its milliseconds.
The report holds results, timings and AWS error codes only, never a password or a secret."""
import json
import os
import socket
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, ConnectTimeoutError, ReadTimeoutError

# The variable that names the credentials, the mode it means and the service it calls.
MODES = (("REDSHIFT_PASSWORD_PARAMETER", "password", "ssm"),
         ("REDSHIFT_CLUSTER_IDENTIFIER", "iam", "redshift"),
         ("REDSHIFT_WORKGROUP_NAME", "iam", "redshift-serverless"),
         ("REDSHIFT_SECRET_ARN", "managed-secret", "secretsmanager"))
MARGIN_S = 0.5  # kept back to return the report before the function's timeout
TCP_MAX_S = 5.0


def since(start):
    return round((time.monotonic() - start) * 1000)


def cluster(host, port, seconds):
    start, hop = time.monotonic(), {"target": f"{host}:{port}"}
    try:
        socket.create_connection((host, int(port)), timeout=seconds).close()
        hop["result"] = "ok"
    except ConnectionRefusedError:
        hop["result"] = "refused"
    except socket.timeout:
        hop["result"] = "timeout"
    except Exception as error:  # an unknown name, an unreachable network
        hop.update(result="error", detail=type(error).__name__)
    hop["ms"] = since(start)
    return hop


def call(client, service, name, env):
    # The response holds the password or the secret: it is dropped unread.
    if service == "ssm":
        client.get_parameter(Name=name, WithDecryption=True)
    elif service == "redshift-serverless":
        client.get_credentials(workgroupName=name, dbName=env.get("REDSHIFT_DATABASE", ""))
    elif service == "redshift":
        client.get_cluster_credentials(DbUser=env.get("REDSHIFT_USER", ""),
                                       DbName=env.get("REDSHIFT_DATABASE", ""),
                                       ClusterIdentifier=name, AutoCreate=False)
    else:
        client.get_secret_value(SecretId=name)


def credentials(env, seconds):
    found = [(env[v], mode, service) for v, mode, service in MODES if env.get(v)]
    if not found:
        return {"result": "error", "detail": "NoCredentialsVariable", "ms": 0}
    name, mode, service = found[0]
    start, hop = time.monotonic(), {"mode": mode, "service": service}
    try:
        half = max(seconds / 2, 0.1)
        config = Config(connect_timeout=half, read_timeout=half,
                        retries={"total_max_attempts": 1})
        call(boto3.client(service, config=config), service, name, env)
        hop["result"] = "ok"
    except ClientError as error:
        code = str(error.response.get("Error", {}).get("Code", "Unknown"))
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        words = ("Denied", "Unauthorized", "NotAuthorized")
        denied = status == 403 or any(word in code for word in words)
        hop.update(result="denied" if denied else "error", detail=code)
    except (ConnectTimeoutError, ReadTimeoutError):
        hop["result"] = "timeout"
    except Exception as error:  # no route to the endpoint, no credentials, ...
        hop.update(result="error", detail=type(error).__name__)
    hop["ms"] = since(start)
    return hop


def handler(event, context):
    start, env = time.monotonic(), os.environ
    budget = context.get_remaining_time_in_millis() / 1000 - MARGIN_S
    report = {"cluster": cluster(env.get("REDSHIFT_HOST", ""), env.get("REDSHIFT_PORT", "5439"),
                                 max(min(budget / 2, TCP_MAX_S), 0.1))}
    report["credentials"] = credentials(env, budget - (time.monotonic() - start))
    report["ok"] = all(hop["result"] == "ok" for hop in report.values())
    print(json.dumps(report))
    return report
