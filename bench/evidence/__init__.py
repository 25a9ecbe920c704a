"""The evidence reader's benchmark and the images it reads: phone screenshots of WeChat transfer, red
envelope and QR-code payment records and of chats, drawn here with the Noto CJK font in several layouts,
and photographed copies of them (tilted, blurred, JPEG). Some layouts are held out of tuning."""
