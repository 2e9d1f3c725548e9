// Package slack puts the coach into Slack with slack-go: the /mpm slash command,
// questions by mention and DM (Events API), the Share and follow-up buttons
// (interactivity), over HTTP or Socket Mode. It renders replies as Block Kit within
// Slack's limits and never hands SDK types to the core.
package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/internal/fair"
)

// Answerer is what the adapter needs from the coach.
type Answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Reply
	Catalog() bot.Catalog
	StoredProfile(platform, user string) (bot.Profile, bool)
	// Admit and Served keep the rate limit, the log line and the metrics for answers
	// served from the adapter's cache.
	Admit(req bot.Request) (bot.Reply, bool)
	Served(req bot.Request, command string, abstained bool, took time.Duration)
	// Generation changes when the guide is reloaded: cached answers from before are stale.
	Generation() uint64
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
	// AnswerCache is how many encoded slash-command answers to keep; 0 keeps none.
	AnswerCache int
	// OnError, if set, is told about every failed call to Slack (for metrics).
	OnError func(op string)
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
	answers   *answerCache
	turns     *fair.Queue // slash commands' answers, least recently served connection first

	work sync.WaitGroup // answers being posted after their request was acknowledged
	slot chan struct{}  // bounds that work

	checked  atomic.Bool // auth.test passed
	socketUp atomic.Bool // Socket Mode is connected
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
		cfg:     cfg,
		coach:   coach,
		api:     slackapi.New(cfg.BotToken, opts...),
		http:    cfg.HTTPClient,
		log:     cfg.Logger.With("component", "slack"),
		seen:    newDedupe(10*time.Minute, 10000),
		answers: newAnswerCache(cfg.AnswerCache),
		turns:   fair.New(runtime.GOMAXPROCS(0)),
		slot:    make(chan struct{}, 64),
	}, nil
}

// Close stops the workers that answer slash commands; call it after the HTTP
// server has shut down. Commands still arriving are answered in their handlers.
func (a *Adapter) Close() error {
	a.turns.Close()
	return nil
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
	a.checked.Store(true)
	a.log.Info("connected to Slack", "team", resp.Team, "bot_user", resp.UserID)
	return nil
}

// Ready reports whether Slack requests can be answered, and if not why.
func (a *Adapter) Ready() (bool, string) {
	switch {
	case !a.checked.Load():
		return false, "slack: the bot token has not been checked"
	case a.SocketMode() && !a.socketUp.Load():
		return false, "slack: Socket Mode is not connected"
	}
	return true, ""
}

func (a *Adapter) failed(op string) {
	if a.cfg.OnError != nil {
		a.cfg.OnError(op)
	}
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
func (a *Adapter) post(ctx context.Context, channel, threadTS string, r bot.Reply, extra ...slackapi.MsgOption) error {
	blocks, text := render(r, renderOpts{})
	opts := append([]slackapi.MsgOption{slackapi.MsgOptionBlocks(blocks...), slackapi.MsgOptionText(text, false)}, extra...)
	if threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(threadTS))
	}
	for attempt := 0; ; attempt++ {
		_, _, err := a.api.PostMessageContext(ctx, channel, opts...)
		var rl *slackapi.RateLimitedError
		if err == nil || !errors.As(err, &rl) || attempt >= a.cfg.PostRetries {
			if err != nil {
				a.log.Error("posting an answer failed", "channel", channel, "err", err, "attempts", attempt+1)
				a.failed("chat.postMessage")
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
func (a *Adapter) respond(ctx context.Context, url string, msg message) {
	body, err := json.Marshal(msg)
	if err != nil {
		a.log.Error("encoding an answer failed", "err", err)
		return
	}
	a.respondRaw(ctx, url, body)
}

func (a *Adapter) respondRaw(ctx context.Context, url string, body []byte) {
	if err := a.postJSON(ctx, url, body); err != nil {
		a.log.Error("posting to response_url failed", "err", err)
		a.failed("response_url")
	}
}

func (a *Adapter) postJSON(ctx context.Context, url string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %s", resp.Status)
	}
	return nil
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

// answerCache keeps encoded answers by question text, up to max of them; when full it
// forgets half, which keeps the common questions (they come straight back).
type answerCache struct {
	mu  sync.RWMutex
	max int
	m   map[string]cached
}

// cached is an encoded answer, what the log and metrics say about it, and the coach
// generation it came from.
type cached struct {
	body      []byte
	command   string
	abstained bool
	gen       uint64
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, m: make(map[string]cached, max)}
}

func (c *answerCache) get(k string) (cached, bool) {
	if c.max == 0 {
		return cached{}, false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	b, ok := c.m[k]
	return b, ok
}

func (c *answerCache) put(k string, b cached) {
	if c.max == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		n := 0
		for old := range c.m {
			if n >= c.max/2 {
				break
			}
			delete(c.m, old)
			n++
		}
	}
	c.m[k] = b
}

// tipEvent is the metadata event type of scheduled tips; the payload's key names the slot.
const tipEvent = "mpmcoach_tip"

// Post posts a scheduled tip to a channel, carrying key in the message metadata.
func (a *Adapter) Post(ctx context.Context, channel, key string, r bot.Reply) error {
	return a.post(ctx, channel, "", r, slackapi.MsgOptionMetadata(slackapi.SlackMetadata{
		EventType: tipEvent, EventPayload: map[string]any{"key": key}}))
}

// Posted reports whether a tip with this key is among the channel's recent messages.
func (a *Adapter) Posted(ctx context.Context, channel, key string) (bool, error) {
	resp, err := a.api.GetConversationHistoryContext(ctx, &slackapi.GetConversationHistoryParameters{
		ChannelID: channel, Limit: 100, IncludeAllMetadata: true})
	if err != nil {
		return false, fmt.Errorf("slack: reading channel %s: %w", channel, err)
	}
	for _, m := range resp.Messages {
		if m.Metadata.EventType == tipEvent && fmt.Sprint(m.Metadata.EventPayload["key"]) == key {
			return true, nil
		}
	}
	return false, nil
}
