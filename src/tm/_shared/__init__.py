"""The one owner of the facts every stage shares.

Which characters are Han, which language codes are Chinese, the "same
sentence" key, XML writing and escaping, file reading and atomic writing, and
output signatures each live in exactly one module here.  Private to tm: code
inside tm imports these modules; users import the public API from ``tm``.
"""
