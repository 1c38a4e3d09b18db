"""render: nbconvert exporters (HTML, PDF) of an executed briefing notebook."""
