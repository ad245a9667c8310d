"""Roles: staff see who has which (/rol), invite facilitators and staff, take a role back;
and the command menu each role gets."""
