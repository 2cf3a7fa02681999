"""The domain and its services: registration, linking, deadlines, replies, search (no Qt)."""
