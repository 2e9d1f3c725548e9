// Package slack puts the coach into Slack with slack-go: the /mpm slash command,
// questions by mention and DM (Events API), the Share and follow-up buttons
// (interactivity), over HTTP or Socket Mode. It renders replies as Block Kit within
// Slack's limits and never hands SDK types to the core.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/mpmcoach/mpmcoach/bot"
)

// Answerer is what the adapter needs from the coach.
type Answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Reply
}

// Config is what the adapter needs to talk to Slack. Tokens are secrets: the adapter
// never logs them or puts them in an error.
type Config struct {
	BotToken      string // xoxb-
	SigningSecret string // HTTP mode
	AppToken      string // xapp-, Socket Mode
	APIURL        string // Web API base with trailing slash; empty for slack.com
	Logger        *slog.Logger
	// HTTPClient posts to response_url and the Web API; nil for a default with timeouts.
	HTTPClient *http.Client
	// PostRetries bounds the retries of a rate-limited chat.postMessage.
	PostRetries int
	// MaxRetryWait caps one wait for a rate limit.
	MaxRetryWait time.Duration
}

// Adapter connects one Slack app to the coach. It is safe for concurrent use.
type Adapter struct {
	cfg       Config
	coach     Answerer
	api       *slackapi.Client
	http      *http.Client
	log       *slog.Logger
	botUserID string
	seen      *dedupe

	work sync.WaitGroup // answers being posted after their request was acknowledged
	slot chan struct{}  // bounds that work
}

// ErrNotConfigured means neither HTTP (signing secret) nor Socket Mode (app token) is set.
var ErrNotConfigured = errors.New("slack: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)")

// New returns an adapter; call Check before serving.
func New(cfg Config, coach Answerer) (*Adapter, error) {
	if cfg.BotToken == "" || (cfg.SigningSecret == "" && cfg.AppToken == "") {
		return nil, ErrNotConfigured
	}
	if !strings.HasPrefix(cfg.BotToken, "xoxb-") {
		return nil, errors.New("slack: SLACK_BOT_TOKEN should be a bot token (it starts with xoxb-)")
	}
	if cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-") {
		return nil, errors.New("slack: SLACK_APP_TOKEN should be an app-level token (it starts with xapp-)")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.PostRetries == 0 {
		cfg.PostRetries = 3
	}
	if cfg.MaxRetryWait == 0 {
		cfg.MaxRetryWait = 30 * time.Second
	}
	opts := []slackapi.Option{slackapi.OptionHTTPClient(cfg.HTTPClient)}
	if cfg.APIURL != "" {
		opts = append(opts, slackapi.OptionAPIURL(cfg.APIURL))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slackapi.OptionAppLevelToken(cfg.AppToken))
	}
	return &Adapter{
		cfg:   cfg,
		coach: coach,
		api:   slackapi.New(cfg.BotToken, opts...),
		http:  cfg.HTTPClient,
		log:   cfg.Logger.With("component", "slack"),
		seen:  newDedupe(10*time.Minute, 10000),
		slot:  make(chan struct{}, 64),
	}, nil
}

// SocketMode reports whether the adapter takes requests over Socket Mode.
func (a *Adapter) SocketMode() bool { return a.cfg.AppToken != "" }

// Check asks Slack who the bot is (auth.test), so a wrong token stops start-up with a
// plain message, and so the bot can recognise its own messages.
func (a *Adapter) Check(ctx context.Context) error {
	resp, err := a.api.AuthTestContext(ctx)
	if err != nil {
		return fmt.Errorf("slack: checking SLACK_BOT_TOKEN with auth.test: %w%s", err, hint(err))
	}
	a.botUserID = resp.UserID
	a.log.Info("connected to Slack", "team", resp.Team, "bot_user", resp.UserID)
	return nil
}

// hint turns Slack's error codes into what to do about them.
func hint(err error) string {
	switch msg := err.Error(); {
	case strings.Contains(msg, "invalid_auth"), strings.Contains(msg, "not_authed"):
		return " (Slack does not accept the token: copy the Bot User OAuth Token from OAuth & Permissions)"
	case strings.Contains(msg, "token_revoked"), strings.Contains(msg, "account_inactive"):
		return " (the token was revoked or the app uninstalled: reinstall the app to get a new one)"
	}
	return ""
}

// Wait blocks until answers still being posted are done, or ctx ends.
func (a *Adapter) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() { a.work.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// async runs f after a request has been acknowledged, with a context that outlives
// the request but not a shutdown's grace period.
func (a *Adapter) async(what string, f func(ctx context.Context)) {
	a.work.Add(1)
	go func() {
		defer a.work.Done()
		a.slot <- struct{}{}
		defer func() { <-a.slot }()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic while answering", "what", what, "panic", fmt.Sprint(p))
			}
		}()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		f(ctx)
	}()
}

// post sends a reply to a channel (in a thread when threadTS is set), waiting out
// rate limits a bounded number of times.
func (a *Adapter) post(ctx context.Context, channel, threadTS string, r bot.Reply) error {
	blocks, text := render(r, renderOpts{})
	opts := []slackapi.MsgOption{slackapi.MsgOptionBlocks(blocks...), slackapi.MsgOptionText(text, false)}
	if threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(threadTS))
	}
	for attempt := 0; ; attempt++ {
		_, _, err := a.api.PostMessageContext(ctx, channel, opts...)
		var rl *slackapi.RateLimitedError
		if err == nil || !errors.As(err, &rl) || attempt >= a.cfg.PostRetries {
			if err != nil {
				a.log.Error("posting an answer failed", "channel", channel, "err", err, "attempts", attempt+1)
			}
			return err
		}
		wait := min(rl.RetryAfter, a.cfg.MaxRetryWait)
		a.log.Warn("rate limited by Slack; waiting", "channel", channel, "retry_after", wait)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// respond posts to an interaction's or command's response_url.
func (a *Adapter) respond(ctx context.Context, url string, msg *slackapi.WebhookMessage) {
	if err := slackapi.PostWebhookCustomHTTPContext(ctx, url, a.http, msg); err != nil {
		a.log.Error("posting to response_url failed", "err", err)
	}
}

// dedupe remembers event ids for a while: Slack retries events it thinks we missed.
type dedupe struct {
	mu   sync.Mutex
	ttl  time.Duration
	max  int
	seen map[string]time.Time
}

func newDedupe(ttl time.Duration, max int) *dedupe {
	return &dedupe{ttl: ttl, max: max, seen: map[string]time.Time{}}
}

// first reports whether id is new, and remembers it.
func (d *dedupe) first(id string) bool {
	now := time.Now()
	d.mu.Lock()
	defer d.mu.Unlock()
	if t, ok := d.seen[id]; ok && now.Sub(t) < d.ttl {
		return false
	}
	if len(d.seen) >= d.max {
		for k, t := range d.seen {
			if now.Sub(t) >= d.ttl || len(d.seen) >= d.max {
				delete(d.seen, k)
			}
		}
	}
	d.seen[id] = now
	return true
}
