// Package profiles keeps readiness answers that people asked the coach to remember, in
// a bbolt file, keyed by platform and user. Nothing is kept without that consent.
package profiles

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/mpmcoach/mpmcoach/bot"
)

var bucket = []byte("readiness")

// Store is a bot.ProfileStore on disk.
type Store struct{ db *bolt.DB }

// Open opens (or creates) the file.
func Open(path string) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open readiness state %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("init readiness state %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

// LoadProfile returns the answers kept for key.
func (s *Store) LoadProfile(key string) (bot.Profile, bool, error) {
	var p bot.Profile
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket).Get([]byte(key))
		if b == nil {
			return nil
		}
		found = true
		return json.Unmarshal(b, &p)
	})
	return p, found, err
}

// SaveProfile keeps answers for key.
func (s *Store) SaveProfile(key string, p bot.Profile) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucket).Put([]byte(key), b) })
}

// DeleteProfile forgets key's answers, reporting whether there were any.
func (s *Store) DeleteProfile(key string) (bool, error) {
	had := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		had = b.Get([]byte(key)) != nil
		return b.Delete([]byte(key))
	})
	return had, err
}
