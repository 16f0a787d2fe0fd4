"""Keys, certificates and signatures an agency controls. No Qt, no database.

authority.py  the agency's certificate authority: creates it, issues supervisor and report-signing
              certificates as passphrase-protected PKCS#12 files, revokes them (a CRL in the agency folder)
identities.py opens a PKCS#12 with its passphrase; what a certificate says (name, email, agency, role)
trust.py      which authorities this install trusts (the agency file's `trust_ca`; none when stand-alone)
              and whether a certificate leads to one of them, unrevoked and in date
pdf_signing.py / pdf_verify.py  PAdES signatures on reports (pyHanko)

Private keys are only ever written encrypted.
"""
