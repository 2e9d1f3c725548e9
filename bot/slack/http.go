package slack

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/mpmcoach/mpmcoach/bot"
)

// maxBody is the largest request Slack sends us that we read.
const maxBody = 64 << 10

// Routes adds the Slack endpoints to mux.
func (a *Adapter) Routes(mux *http.ServeMux) {
	mux.Handle("POST /slack/commands", a.verified(a.handleCommand))
	mux.Handle("POST /slack/events", a.verified(a.handleEvent))
	mux.Handle("POST /slack/interactions", a.verified(a.handleInteraction))
}

// verified reads at most maxBody bytes, checks Slack's signature over them before
// anything else is done, and recovers from panics. The handler gets the raw body.
func (a *Adapter) verified(h func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic in a Slack handler", "path", r.URL.Path, "panic", errors.New("recovered"))
				if r.URL.Path == "/slack/commands" {
					writeJSON(w, slackapi.Msg{ResponseType: slackapi.ResponseTypeEphemeral,
						Text: "Sorry, something went wrong on my side. Please try again."})
				}
			}
		}()
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request", http.StatusBadRequest)
			return
		}
		sv, err := slackapi.NewSecretsVerifier(r.Header, a.cfg.SigningSecret)
		if err == nil {
			_, _ = sv.Write(body)
			err = sv.Ensure()
		}
		if err != nil {
			a.log.Warn("rejected a request without a valid Slack signature", "path", r.URL.Path, "reason", err)
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		h(w, r, body)
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "cannot encode the reply", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// command is the part of a slash command we use.
type command struct {
	Command, Text, UserID, ChannelID, ResponseURL string
}

func parseCommand(body []byte) (command, error) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		return command{}, err
	}
	c := command{Command: v.Get("command"), Text: v.Get("text"), UserID: v.Get("user_id"),
		ChannelID: v.Get("channel_id"), ResponseURL: v.Get("response_url")}
	if c.Command == "" || c.UserID == "" {
		return command{}, errors.New("not a slash command")
	}
	return c, nil
}

// handleCommand answers /mpm at once, privately, in the HTTP response: answers take
// microseconds, far inside Slack's three seconds.
func (a *Adapter) handleCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	c, err := parseCommand(body)
	if err != nil {
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	var b []byte
	a.turns.Do(r.Context(), func() { b = a.commandJSON(r.Context(), c) })
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
	// Send the answer now, then step to the back of the run queue. Otherwise a
	// connection whose next request is already waiting is served again at once, ahead
	// of connections that have waited longer, until the scheduler preempts it. Under
	// load (loadtest/run.sh) that unfairness doubled the slowest answers: uncached
	// `salary senior` had p99 13 ms before this, 7 ms after.
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	runtime.Gosched()
}

// commandJSON is the encoded private answer to a slash command. The same text always
// gets the same answer (but for tips), and a community asks the same things again and
// again, so encoded answers are kept by text.
func (a *Adapter) commandJSON(ctx context.Context, c command) []byte {
	if isReadinessForm(c.Text) {
		kept, ok := a.coach.StoredProfile("slack", c.UserID)
		b, _ := json.Marshal(readinessForm(a.coach.Catalog(), kept, ok))
		return b
	}
	req := bot.Request{Text: c.Text, User: c.UserID, Channel: c.ChannelID, Platform: "slack", Slash: true}
	gen := a.coach.Generation()
	if hit, ok := a.answers.get(c.Text); ok && hit.gen == gen {
		// From the cache, the same rules as a fresh answer: the rate limit, one log
		// line, the metrics.
		start := time.Now()
		if refused, ok := a.coach.Admit(req); !ok {
			blocks, text := render(refused, renderOpts{})
			b, _ := message{ResponseType: slackapi.ResponseTypeEphemeral, Text: text, Blocks: blocks}.appendJSON(nil)
			a.coach.Served(req, refused.Command, false, time.Since(start))
			return b
		}
		a.coach.Served(req, hit.command, hit.abstained, time.Since(start))
		return hit.body
	}
	reply := a.coach.Answer(ctx, req)
	blocks, text := render(reply, renderOpts{Interactive: true, Query: c.Text})
	// The blocks say what the fallback text says, plus JSON: room for both, so the
	// buffer is not grown and copied on the way.
	b, err := message{ResponseType: slackapi.ResponseTypeEphemeral, Text: text, Blocks: blocks}.appendJSON(make([]byte, 0, 2048+2*len(text)))
	if err != nil {
		a.log.Error("encoding an answer failed", "err", err)
		b, _ = json.Marshal(message{ResponseType: slackapi.ResponseTypeEphemeral, Text: "Sorry, something went wrong on my side. Please try again."})
		return b
	}
	if reply.Command != "tip" && reply.Command != "error" && reply.Command != "readiness" && reply.Command != "rate-limited" {
		a.answers.put(c.Text, cached{body: b, command: reply.Command, abstained: reply.Abstained, gen: gen})
	}
	return b
}

// message is a reply as Slack takes it in an HTTP response, a Socket Mode ack or a
// response_url post. The blocks are encoded directly, not as slack-go's Blocks type,
// which encodes every block twice over, and by hand (encode.go).
type message struct {
	ResponseType    string           `json:"response_type,omitempty"`
	ReplaceOriginal bool             `json:"replace_original,omitempty"`
	Text            string           `json:"text"`
	Blocks          []slackapi.Block `json:"blocks,omitempty"`
}

func (a *Adapter) commandReply(ctx context.Context, c command) message {
	reply := a.coach.Answer(ctx, bot.Request{Text: c.Text, User: c.UserID, Channel: c.ChannelID, Platform: "slack", Slash: true})
	blocks, text := render(reply, renderOpts{Interactive: true, Query: c.Text})
	return message{ResponseType: slackapi.ResponseTypeEphemeral, Text: text, Blocks: blocks}
}

// handleInteraction acknowledges a button press at once and answers through the
// interaction's response_url.
func (a *Adapter) handleInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	v, err := url.ParseQuery(string(body))
	var cb slackapi.InteractionCallback
	if err == nil {
		err = json.Unmarshal([]byte(v.Get("payload")), &cb)
	}
	if err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.interaction(cb)
}

// interaction handles our buttons: Share posts the answer publicly; a follow-up
// replaces the private answer with the next one.
func (a *Adapter) interaction(cb slackapi.InteractionCallback) {
	if cb.Type != slackapi.InteractionTypeBlockActions || cb.ResponseURL == "" {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		switch {
		case act.ActionID == actionReadySubmit:
			a.submitReadiness(cb)
		case act.ActionID == actionReadyShare:
			a.shareReadiness(cb, act.Value)
		case act.ActionID == actionShare:
			text, user, channel := act.Value, cb.User.ID, cb.Channel.ID
			a.async("share", func(ctx context.Context) {
				reply := a.coach.Answer(ctx, bot.Request{Text: text, User: user, Channel: channel, Platform: "slack", Slash: true})
				blocks, fb := render(reply, renderOpts{SharedBy: user})
				a.respond(ctx, cb.ResponseURL, message{ResponseType: slackapi.ResponseTypeInChannel, Text: fb, Blocks: blocks})
			})
		case strings.HasPrefix(act.ActionID, actionAsk):
			c := command{Text: act.Value, UserID: cb.User.ID, ChannelID: cb.Channel.ID}
			a.async("follow-up", func(ctx context.Context) {
				msg := a.commandReply(ctx, c)
				msg.ReplaceOriginal = true
				a.respond(ctx, cb.ResponseURL, msg)
			})
		}
	}
}

// handleEvent answers url_verification, and acknowledges other events at once,
// answering them afterwards, once per event id however often Slack retries.
func (a *Adapter) handleEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		http.Error(w, "malformed event", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "malformed url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		_, _ = io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		w.WriteHeader(http.StatusOK)
		a.callback(ev)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// callback answers an Events API callback once.
func (a *Adapter) callback(ev slackevents.EventsAPIEvent) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok || !a.seen.first(cb.EventID) {
		return
	}
	switch in := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if in.BotID != "" || in.User == "" || in.User == a.botUserID {
			return
		}
		thread := in.ThreadTimeStamp
		if thread == "" {
			thread = in.TimeStamp
		}
		a.answerMessage(in.Text, in.User, in.Channel, thread)
	case *slackevents.MessageEvent:
		// DMs only (mentions in channels come as app_mention); never bots, ourselves,
		// edits or other subtypes.
		if in.ChannelType != "im" || in.BotID != "" || in.SubType != "" || in.User == "" || in.User == a.botUserID {
			return
		}
		a.answerMessage(in.Text, in.User, in.Channel, in.ThreadTimeStamp)
	}
}

var (
	mentionRE      = regexp.MustCompile(`<@[A-Z0-9]+(\|[^>]*)?>`)
	slackUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
)

// messageText turns Slack's message text into what the person typed: mentions of the
// bot removed, Slack's escapes undone.
func messageText(s string) string {
	s = mentionRE.ReplaceAllString(s, " ")
	s = slackUnescaper.Replace(s)
	return strings.TrimSpace(s)
}

func (a *Adapter) answerMessage(text, user, channel, thread string) {
	a.async("message", func(ctx context.Context) {
		reply := a.coach.Answer(ctx, bot.Request{Text: messageText(text), User: user, Channel: channel, Platform: "slack"})
		_ = a.post(ctx, channel, thread, reply)
	})
}
