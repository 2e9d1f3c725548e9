//go:build ignore

// gen_general writes general.txt: English words that are mostly used as verbs,
// adjectives or adverbs (not nouns), with their regular inflections, from WordNet 3.0's
// sense-tagged counts (Debian package wordnet-base). Run from the index folder: go generate ./index
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dir := "/usr/share/wordnet"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	f, err := os.Open(filepath.Join(dir, "cntlist.rev"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_general: need WordNet (apt-get install wordnet-base):", err)
		os.Exit(1)
	}
	defer f.Close()
	noun, other := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// sense_key sense_number tag_cnt, e.g. "stand%2:35:00:: 1 42"
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 {
			continue
		}
		lemma, key, ok := strings.Cut(fields[0], "%")
		n, err := strconv.Atoi(fields[2])
		if !ok || err != nil || !simple(lemma) {
			continue
		}
		if key[0] == '1' {
			noun[lemma] += n
		} else {
			other[lemma] += n
		}
	}
	general := map[string]bool{}
	for w, n := range other {
		if n > noun[w] && len(w) >= 3 {
			general[w] = true
		}
	}
	// Keep only inflections that are real words (the embedded English word list), so a
	// naive rule's "ableing" doesn't pad the file.
	english := map[string]bool{}
	if data, err := os.ReadFile("words.txt"); err == nil {
		for _, w := range strings.Fields(string(data)) {
			english[w] = true
		}
	}
	forms := map[string]bool{}
	for w := range general {
		for i, f := range inflect(w) {
			if i == 0 || english[f] {
				forms[f] = true
			}
		}
	}
	for _, exc := range []string{"verb.exc", "adj.exc"} {
		addExceptions(filepath.Join(dir, exc), general, forms)
	}
	words := make([]string, 0, len(forms))
	for w := range forms {
		words = append(words, w)
	}
	sort.Strings(words)
	out, err := os.Create("general.txt")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_general:", err)
		os.Exit(1)
	}
	w := bufio.NewWriter(out)
	for _, s := range words {
		fmt.Fprintln(w, s)
	}
	if err := w.Flush(); err != nil || out.Close() != nil {
		fmt.Fprintln(os.Stderr, "gen_general: write general.txt failed")
		os.Exit(1)
	}
}

func simple(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

func inflect(w string) []string {
	fs := []string{w, w + "s", w + "ed", w + "ing", w + "er", w + "est", w + "ly"}
	last := w[len(w)-1]
	if last == 'e' {
		stem := w[:len(w)-1]
		fs = append(fs, w+"d", stem+"ing", w+"r", w+"st")
	}
	if last == 'y' {
		stem := w[:len(w)-1]
		fs = append(fs, stem+"ies", stem+"ied", stem+"ier", stem+"iest", stem+"ily")
	}
	if strings.ContainsRune("sxz", rune(last)) || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") {
		fs = append(fs, w+"es")
	}
	if n := len(w); n >= 3 && !vowel(w[n-1]) && vowel(w[n-2]) && !vowel(w[n-3]) && !strings.ContainsRune("wxy", rune(last)) {
		fs = append(fs, w+string(last)+"ed", w+string(last)+"ing", w+string(last)+"er")
	}
	return fs
}

func vowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func addExceptions(path string, general, out map[string]bool) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && general[fields[1]] && simple(fields[0]) {
			out[fields[0]] = true
		}
	}
}
