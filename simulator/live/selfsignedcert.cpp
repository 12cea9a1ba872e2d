#include "selfsignedcert.h"

#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace kurir::live {

namespace {

template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, n) : QByteArray();
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

} // namespace

PemPair makeSelfSignedCertificate(const QByteArray &hostname)
{
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> cert(X509_new());
    if (!key || !cert)
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // a positive serial number (RFC 5280 §4.1.2.2)
    Owned<BIGNUM, BN_free> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_set_version(cert.get(), 2); // v3, for the extensions
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 60 * 60);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Kurir classroom server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(hostname.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name); // self-signed: issuer is subject
    const QByteArray san = "DNS:" + hostname + ",DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!addExtension(cert.get(), NID_subject_alt_name, san.constData()) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return {};
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return {};

    Owned<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return {readBio(certBio.get()), readBio(keyBio.get())};
}

bool loadOrMakeCertificate(const QString &folder, const QByteArray &hostname, PemPair *pair,
                           QString *error)
{
    const QDir dir(folder);
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (certFile.exists() && keyFile.exists()) {
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("LiveServer", "cannot read the certificate in %1").arg(folder);
            return false;
        }
        *pair = {certFile.readAll(), keyFile.readAll()};
        return true;
    }
    *pair = makeSelfSignedCertificate(hostname);
    if (pair->certificate.isEmpty()) {
        *error = QCoreApplication::translate("LiveServer", "cannot make a self-signed certificate");
        return false;
    }
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("LiveServer", "cannot create the folder %1").arg(folder);
        return false;
    }
    // The key first, and private from its first byte: QSaveFile writes a temporary file and
    // renames it, so a crash never leaves half a key behind.
    QSaveFile key(keyFile.fileName());
    QSaveFile cert(certFile.fileName());
    const bool ok = key.open(QIODevice::WriteOnly) &&
                    key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    key.write(pair->privateKey) == pair->privateKey.size() && key.commit() &&
                    cert.open(QIODevice::WriteOnly) &&
                    cert.write(pair->certificate) == pair->certificate.size() && cert.commit();
    if (!ok) {
        *error = QCoreApplication::translate("LiveServer", "cannot write the certificate to %1").arg(folder);
        return false;
    }
    return true;
}

} // namespace kurir::live
