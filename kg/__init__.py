"""Knowledge graph of university–locality–enterprise links from 科技镇长团 news."""

__version__ = "0.1.0"
