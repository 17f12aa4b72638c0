"""ROI Desktop: marketing-automation exports in, trustworthy KPIs and ROI out."""

__version__ = "0.1.0"
