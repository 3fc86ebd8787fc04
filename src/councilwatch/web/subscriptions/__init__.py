"""Subscriptions: double opt-in residents, professional alerts, weekly digests, the send ledger, demand."""
