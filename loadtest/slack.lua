-- wrk script: POST one signed Slack request, as Slack would send it.
-- BODY, TS and SIG come from the environment (run.sh signs the body just before).
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("TS")
wrk.headers["X-Slack-Signature"] = os.getenv("SIG")

-- No response() callback: wrk would then hand every response to Lua, which costs wrk
-- CPU on the machine it shares with the server. wrk counts non-2xx replies itself
-- ("Non-2xx or 3xx responses" in its summary, which run.sh prints).
