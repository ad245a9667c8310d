"""Ideas: citizens send one (/idee), staff moderate them (/moderatie), everyone browses
and supports the published ones (/ideeen)."""
