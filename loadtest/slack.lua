-- wrk script: POST one signed Slack request, as Slack would send it.
-- BODY, TS and SIG come from the environment (run.sh signs the body just before).
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = os.getenv("TS")
wrk.headers["X-Slack-Signature"] = os.getenv("SIG")

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
