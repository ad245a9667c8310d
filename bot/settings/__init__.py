"""The citizen's settings (/instellingen) and their language (/taal)."""
