// Command fakeslack answers the Slack Web API calls `mpmcoach serve` makes at start-up
// (auth.test) and any chat.postMessage, on loopback, so the load test needs no Slack.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18081", "listen address")
	flag.Parse()
	http.HandleFunc("/api/auth.test", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"ok":true,"team":"Load","user_id":"UBOT"}`)
	})
	http.HandleFunc("/api/chat.postMessage", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `{"ok":true,"ts":"1.1"}`)
	})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
