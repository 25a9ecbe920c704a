"""Reading evidence images offline: the OCR engine (RapidOCR's PP-OCR models on ONNX Runtime, loaded on
first use), the text boxes it finds grouped into rows, and the fields of a WeChat payment record taken
from them (kind, amount, time, payee, transaction and order numbers, card tail), each with a confidence."""
