// Package discord puts the coach into Discord with discordgo: the /mpm application
// command with subcommands, answers to mentions and DMs (and, optionally, questions in
// "ask channels"), and Share and follow-up buttons. Replies are embeds within Discord's
// limits; no discordgo type reaches the core.
package discord

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	dg "github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/mpmcoach/mpmcoach/bot"
)

// Answerer is what the adapter needs from the coach.
type Answerer interface {
	Answer(ctx context.Context, req bot.Request) bot.Reply
	Catalog() bot.Catalog
	StoredProfile(platform, user string) (bot.Profile, bool)
}

// Config is what the adapter needs. The token is a secret: never logged or echoed.
type Config struct {
	Token       string
	APIURL      string   // replaces https://discord.com/ (a proxy, tests); REST is $APIURL/api/v9/...
	GuildID     string   // register /mpm in this server only (instant); empty: globally
	AskChannels []string // channels where any question is answered when the coach is confident
	Logger      *slog.Logger
	HTTPClient  *http.Client
	// Deadline is how long an interaction answer may take before the adapter defers
	// and follows up (Discord allows 3 s for the first response).
	Deadline time.Duration
	// OnError, if set, is told about every failed call to Discord (for metrics).
	OnError func(op string)
}

// Adapter connects one Discord bot to the coach.
type Adapter struct {
	cfg     Config
	coach   Answerer
	log     *slog.Logger
	s       *dg.Session
	selfID  string
	appID   string
	ask     map[string]bool
	catalog bot.Catalog

	work  sync.WaitGroup
	up    atomic.Bool // the gateway is connected
	forms forms       // open readiness forms
}

// Ready reports whether the gateway is connected, and if not why.
func (a *Adapter) Ready() (bool, string) {
	if !a.up.Load() {
		return false, "discord: the gateway is not connected"
	}
	return true, ""
}

// Close codes Discord's gateway uses for a configuration the bot can't fix by retrying.
const (
	closeAuthFailed        = 4004
	closeDisallowedIntents = 4014
)

// ErrNotConfigured means DISCORD_BOT_TOKEN is missing.
var ErrNotConfigured = errors.New("discord: set DISCORD_BOT_TOKEN")

// New returns an adapter; Start connects it.
func New(cfg Config, coach Answerer) (*Adapter, error) {
	if cfg.Token == "" {
		return nil, ErrNotConfigured
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 20 * time.Second}
	}
	if cfg.Deadline == 0 {
		cfg.Deadline = 2 * time.Second
	}
	a := &Adapter{cfg: cfg, coach: coach, log: cfg.Logger.With("component", "discord"), ask: map[string]bool{}, catalog: coach.Catalog()}
	for _, c := range cfg.AskChannels {
		a.ask[c] = true
	}
	return a, nil
}

// setAPIBase points every discordgo endpoint at base instead of https://discord.com/.
// discordgo computes its endpoint strings once, at init, from EndpointDiscord; the
// endpoint functions read them when called. One base per process.
func setAPIBase(base string) {
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	if dg.EndpointDiscord == base {
		return // already there: sessions may be reading these
	}
	dg.EndpointDiscord = base
	dg.EndpointAPI = dg.EndpointDiscord + "api/v" + dg.APIVersion + "/"
	dg.EndpointGuilds = dg.EndpointAPI + "guilds/"
	dg.EndpointChannels = dg.EndpointAPI + "channels/"
	dg.EndpointUsers = dg.EndpointAPI + "users/"
	dg.EndpointGateway = dg.EndpointAPI + "gateway"
	dg.EndpointGatewayBot = dg.EndpointGateway + "/bot"
	dg.EndpointWebhooks = dg.EndpointAPI + "webhooks/"
	dg.EndpointStickers = dg.EndpointAPI + "stickers/"
	dg.EndpointStageInstances = dg.EndpointAPI + "stage-instances"
	dg.EndpointSKUs = dg.EndpointAPI + "skus"
	dg.EndpointVoice = dg.EndpointAPI + "/voice/"
	dg.EndpointVoiceRegions = dg.EndpointVoice + "regions"
	dg.EndpointNitroStickersPacks = dg.EndpointAPI + "/sticker-packs"
	dg.EndpointGuildCreate = dg.EndpointAPI + "guilds"
	dg.EndpointApplications = dg.EndpointAPI + "applications"
	dg.EndpointOAuth2 = dg.EndpointAPI + "oauth2/"
	dg.EndpointOAuth2Applications = dg.EndpointOAuth2 + "applications"
	dg.EndpointOauth2 = dg.EndpointOAuth2
	dg.EndpointOauth2Applications = dg.EndpointOAuth2Applications
}

// Start checks the token, connects to the gateway and registers /mpm.
func (a *Adapter) Start(ctx context.Context) error {
	s, err := a.session(ctx)
	if err != nil {
		return err
	}
	return a.open(ctx, s)
}

// ConnectREST checks the token and readies the REST API only (no gateway): enough to
// post tips from the command line.
func (a *Adapter) ConnectREST(ctx context.Context) error {
	s, err := a.session(ctx)
	if err != nil {
		return err
	}
	a.s = s
	return nil
}

// session creates the discordgo session and checks the token with GET /users/@me.
func (a *Adapter) session(ctx context.Context) (*dg.Session, error) {
	if a.cfg.APIURL != "" {
		setAPIBase(a.cfg.APIURL)
	}
	dg.Logger = func(level, _ int, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if level <= dg.LogError {
			a.log.Error("discordgo: " + msg)
		} else {
			a.log.Warn("discordgo: " + msg)
		}
	}
	s, err := dg.New("Bot " + a.cfg.Token)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	s.Client = a.cfg.HTTPClient
	s.LogLevel = dg.LogWarning
	s.ShouldReconnectOnError = true
	s.Identify.Intents = dg.IntentsGuilds | dg.IntentsGuildMessages | dg.IntentsDirectMessages
	if len(a.ask) > 0 {
		// Reading messages that don't mention the bot needs the privileged intent.
		s.Identify.Intents |= dg.IntentMessageContent
	}
	me, err := s.User("@me", dg.WithContext(ctx))
	if err != nil {
		var rest *dg.RESTError
		if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
			return nil, errors.New("discord: Discord rejected DISCORD_BOT_TOKEN (401 Unauthorized): copy the token from the Developer Portal, Bot page (Reset Token)")
		}
		return nil, fmt.Errorf("discord: checking the token: %w", err)
	}
	a.selfID = me.ID
	return s, nil
}

func (a *Adapter) open(ctx context.Context, s *dg.Session) error {
	s.AddHandler(func(*dg.Session, *dg.Connect) { a.up.Store(true) })
	s.AddHandler(func(*dg.Session, *dg.Disconnect) { a.up.Store(false) })
	s.AddHandler(a.onInteraction)
	s.AddHandler(a.onMessage)
	if err := s.Open(); err != nil {
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			switch ce.Code {
			case closeDisallowedIntents:
				return errors.New("discord: the gateway refused the Message Content intent (close 4014): enable it in the Developer Portal (Bot > Privileged Gateway Intents) or remove discord.ask_channels")
			case closeAuthFailed:
				return errors.New("discord: the gateway rejected DISCORD_BOT_TOKEN (close 4004)")
			}
		}
		return fmt.Errorf("discord: connecting to the gateway: %w", err)
	}
	a.s = s
	a.up.Store(true)
	a.appID = a.selfID
	if r := s.State.Ready; r.Application != nil && r.Application.ID != "" {
		a.appID = r.Application.ID
	}
	cmds := commands(a.catalog)
	if _, err := s.ApplicationCommandBulkOverwrite(a.appID, a.cfg.GuildID, cmds, dg.WithContext(ctx)); err != nil {
		s.Close()
		return fmt.Errorf("discord: registering /mpm: %w", a.restError(err))
	}
	where := "globally (it can take up to an hour to appear)"
	if a.cfg.GuildID != "" {
		where = "in server " + a.cfg.GuildID
	}
	a.log.Info("connected to Discord; /mpm registered "+where, "bot_user", a.selfID, "ask_channels", len(a.ask))
	return nil
}

// Close disconnects from the gateway.
func (a *Adapter) Close() error {
	if a.s == nil {
		return nil
	}
	a.up.Store(false)
	return a.s.Close()
}

// Wait blocks until answers in flight are sent, or ctx ends.
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

// restError adds Discord's own error code to a REST failure.
func (a *Adapter) restError(err error) error {
	var rest *dg.RESTError
	if errors.As(err, &rest) && rest.Message != nil {
		return fmt.Errorf("%w (Discord code %d: %s)", err, rest.Message.Code, rest.Message.Message)
	}
	return err
}

// logREST logs a failed REST call with its Discord code; the process keeps serving.
func (a *Adapter) logREST(what string, err error, attrs ...any) {
	if err == nil {
		return
	}
	var rest *dg.RESTError
	if errors.As(err, &rest) && rest.Message != nil {
		attrs = append(attrs, "discord_code", rest.Message.Code, "discord_message", rest.Message.Message)
	}
	a.log.Error(what+" failed", append(attrs, "err", err)...)
	if a.cfg.OnError != nil {
		a.cfg.OnError(what)
	}
}

// Permissions the bot needs: see its channels, send and reply in them (and threads),
// and show embeds. Slash commands and their answers need none of these.
const Permissions = dg.PermissionViewChannel | dg.PermissionSendMessages | dg.PermissionSendMessagesInThreads |
	dg.PermissionEmbedLinks | dg.PermissionReadMessageHistory

// InviteURL is the OAuth2 link that adds the bot to a server with the commands scope
// and the least permissions it needs.
func InviteURL(clientID string) string {
	v := url.Values{"client_id": {clientID}, "scope": {"bot applications.commands"}, "permissions": {fmt.Sprint(Permissions)}}
	return "https://discord.com/oauth2/authorize?" + v.Encode()
}

// ClientIDFromToken reads the application's id from a bot token, whose first part is
// the bot user's id in base64 (the same as the application id for bots).
func ClientIDFromToken(token string) (string, error) {
	first, _, ok := strings.Cut(strings.TrimPrefix(token, "Bot "), ".")
	if !ok {
		return "", errors.New("that doesn't look like a Discord bot token")
	}
	id, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(first, "="))
	if err != nil || len(id) == 0 {
		return "", errors.New("that doesn't look like a Discord bot token")
	}
	for _, c := range id {
		if c < '0' || c > '9' {
			return "", errors.New("that doesn't look like a Discord bot token")
		}
	}
	return string(id), nil
}

// Post posts a scheduled tip to a channel; key goes in the last embed's footer, where
// Posted finds it again.
func (a *Adapter) Post(ctx context.Context, channel, key string, r bot.Reply) error {
	if a.s == nil {
		return errors.New("discord: not connected")
	}
	embeds, _ := render(r, renderOpts{})
	last := embeds[len(embeds)-1]
	if last.Footer == nil {
		last.Footer = &dg.MessageEmbedFooter{}
	}
	last.Footer.Text = cutRunes(strings.TrimSpace(last.Footer.Text+"\n"+key), maxFooter)
	_, err := a.s.ChannelMessageSendComplex(channel, &dg.MessageSend{Embeds: embeds, AllowedMentions: noPings}, dg.WithContext(ctx))
	if err != nil {
		a.logREST("posting a tip", err, "channel", channel)
		return a.restError(err)
	}
	return nil
}

// Posted reports whether the bot's own recent messages in the channel include a tip
// with this key.
func (a *Adapter) Posted(ctx context.Context, channel, key string) (bool, error) {
	if a.s == nil {
		return false, errors.New("discord: not connected")
	}
	msgs, err := a.s.ChannelMessages(channel, 50, "", "", "", dg.WithContext(ctx))
	if err != nil {
		return false, fmt.Errorf("discord: reading channel %s: %w", channel, a.restError(err))
	}
	for _, m := range msgs {
		if m.Author == nil || m.Author.ID != a.selfID {
			continue
		}
		for _, e := range m.Embeds {
			if e.Footer != nil && strings.Contains(e.Footer.Text, key) {
				return true, nil
			}
		}
	}
	return false, nil
}
